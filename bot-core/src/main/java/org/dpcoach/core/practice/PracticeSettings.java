package org.dpcoach.core.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How tips and supervision behave.
 *
 * @param champions who may add, approve, schedule, push, pause and resume tips
 * @param approvalRequired whether a champion's new tip waits for another champion's approval
 * @param zone the wall-clock zone of schedules (Europe/London)
 * @param clock where time comes from
 * @param lease how long a post may stay "sending" before the reconcile step looks at it
 */
public record PracticeSettings(
    Champions champions, boolean approvalRequired, ZoneId zone, Clock clock, Duration lease) {

  /** The zone of every schedule unless told otherwise. */
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** Checks each value at once. */
  public PracticeSettings {
    Objects.requireNonNull(champions, "champions must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(clock, "clock must not be null");
    Objects.requireNonNull(lease, "lease must not be null");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive");
    }
  }

  /**
   * The lease unless told otherwise: longer than a live sender can take over one post (Slack's
   * three attempts with up to 30 s Retry-After waits and 15 s timeouts), so the reconcile step
   * never takes over a post that is still on its way.
   */
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);

  /** London time, the system clock, approval off and the default lease. */
  public static PracticeSettings of(Champions champions) {
    return new PracticeSettings(champions, false, LONDON, Clock.systemUTC(), DEFAULT_LEASE);
  }

  /** A copy with approval switched on or off. */
  public PracticeSettings withApproval(boolean required) {
    return new PracticeSettings(champions, required, zone, clock, lease);
  }

  /** A copy with another clock. */
  public PracticeSettings withClock(Clock other) {
    return new PracticeSettings(champions, approvalRequired, zone, other, lease);
  }

  /** A copy with another lease. */
  public PracticeSettings withLease(Duration other) {
    return new PracticeSettings(champions, approvalRequired, zone, clock, other);
  }
}
