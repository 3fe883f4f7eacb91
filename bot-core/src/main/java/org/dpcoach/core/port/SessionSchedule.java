package org.dpcoach.core.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.dpcoach.core.model.WeeklySlot;

/**
 * A channel's recurring group-supervision session.
 *
 * @param scenarioId the scenario every time, or empty to go through the library (each scenario once
 *     before any repeats)
 * @param timed whether the steps follow on a timer rather than the facilitator's Next
 * @param createdBy the champion who scheduled it, who facilitates each session
 */
public record SessionSchedule(
    String platform,
    String channel,
    WeeklySlot slot,
    Optional<String> scenarioId,
    boolean timed,
    boolean paused,
    String createdBy,
    Instant createdAt) {

  /** Checks each value at once. */
  public SessionSchedule {
    Objects.requireNonNull(platform, "platform must not be null");
    Objects.requireNonNull(channel, "channel must not be null");
    Objects.requireNonNull(slot, "slot must not be null");
    Objects.requireNonNull(scenarioId, "scenario id must not be null (use Optional.empty())");
    Objects.requireNonNull(createdBy, "created by must not be null");
    Objects.requireNonNull(createdAt, "created at must not be null");
  }
}
