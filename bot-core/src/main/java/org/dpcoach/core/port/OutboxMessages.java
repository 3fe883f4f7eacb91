package org.dpcoach.core.port;

import java.util.Optional;
import org.dpcoach.core.practice.PracticeMessage;

/**
 * The message of an outbox entry that is not a tip (the insights digest, say), so it is posted,
 * claimed and reconciled exactly once like a tip.
 */
@FunctionalInterface
public interface OutboxMessages {

  /** The entry's message, or empty when the entry is not this source's. */
  Optional<PracticeMessage> message(OutboxEntry entry);

  /** No other posts. */
  static OutboxMessages none() {
    return entry -> Optional.empty();
  }
}
