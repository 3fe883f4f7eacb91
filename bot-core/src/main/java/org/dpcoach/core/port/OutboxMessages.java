package org.dpcoach.core.port;

import java.util.Optional;
import org.dpcoach.core.model.Message;

/**
 * The message of an outbox entry that is not a tip (the insights digest, say), so it is posted,
 * claimed and reconciled exactly once like a tip.
 */
@FunctionalInterface
public interface OutboxMessages {

  /** The entry's message, or empty when the entry is not this source's. */
  Optional<Message> message(OutboxEntry entry);

  /** The thread the entry's message goes in (a reply under an earlier post), if any. */
  default Optional<String> thread(OutboxEntry entry) {
    return Optional.empty();
  }

  /** These messages, else the other source's. */
  default OutboxMessages or(OutboxMessages other) {
    OutboxMessages first = this;
    return new OutboxMessages() {
      @Override
      public Optional<Message> message(OutboxEntry entry) {
        return first.message(entry).or(() -> other.message(entry));
      }

      @Override
      public Optional<String> thread(OutboxEntry entry) {
        return first.message(entry).isPresent() ? first.thread(entry) : other.thread(entry);
      }
    };
  }

  /** No other posts. */
  static OutboxMessages none() {
    return entry -> Optional.empty();
  }
}
