package org.dpcoach.core.port;

import java.time.Instant;
import java.util.Optional;

/**
 * A group-supervision session in a channel's thread.
 *
 * @param step how many decision steps have been posted (0 before the first)
 * @param nextAt when the timer moves it on, if it runs on a timer
 */
public record Session(
    long id,
    String platform,
    String channel,
    Optional<String> thread,
    String scenarioId,
    String facilitator,
    int step,
    State state,
    Instant startedAt,
    Optional<Instant> nextAt) {

  /** Where a session is. */
  public enum State {
    ACTIVE,
    DEBRIEFED,
    SKIPPED,
    EXPIRED
  }
}
