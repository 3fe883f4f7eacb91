package org.dpcoach.core.port;

import java.time.Instant;
import java.util.Optional;

/**
 * One planned channel post: unique per key (channel and slot), moving pending, sending, sent.
 *
 * @param claimedAt when the current sender marked it sending
 * @param messageId the platform's message id once sent
 */
public record OutboxEntry(
    String key,
    String platform,
    String channel,
    String tipId,
    Instant slot,
    State state,
    Optional<String> claimedBy,
    Optional<Instant> claimedAt,
    Optional<String> messageId,
    int attempts) {

  /** Where a planned post is on its way. */
  public enum State {
    PENDING,
    SENDING,
    SENT
  }
}
