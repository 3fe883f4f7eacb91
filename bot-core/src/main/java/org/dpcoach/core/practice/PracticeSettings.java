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

  /**
   * The lease unless told otherwise: longer than a live sender can take over one post (Slack's
   * three attempts with up to 30 s Retry-After waits and 15 s timeouts), so the reconcile step
   * never takes over a post that is still on its way.
   */
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);

  /** Checks each value at once. */
  public PracticeSettings {
    Objects.requireNonNull(champions, "champions must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(clock, "clock must not be null");
    lease = positiveLease(lease);
  }

  /** London time, the system clock, approval off and the default lease. */
  public static PracticeSettings of(Champions champions) {
    return builder(champions).build();
  }

  /** A builder for these champions, starting from London time, the system clock, approval off. */
  public static Builder builder(Champions champions) {
    return new Builder(Objects.requireNonNull(champions, "champions must not be null"));
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    return new Builder(champions)
        .approvalRequired(approvalRequired)
        .zone(zone)
        .clock(clock)
        .lease(lease);
  }

  /** Builds {@link PracticeSettings}; each method checks its argument at once. */
  public static final class Builder {
    private final Champions champions;
    private boolean approvalRequired;
    private ZoneId zone = LONDON;
    private Clock clock = Clock.systemUTC();
    private Duration lease = DEFAULT_LEASE;

    private Builder(Champions champions) {
      this.champions = champions;
    }

    /** Whether a champion's new tip waits for another champion's approval. */
    public Builder approvalRequired(boolean required) {
      approvalRequired = required;
      return this;
    }

    /** The wall-clock zone of schedules. */
    public Builder zone(ZoneId other) {
      zone = Objects.requireNonNull(other, "zone must not be null");
      return this;
    }

    /** Where time comes from. */
    public Builder clock(Clock other) {
      clock = Objects.requireNonNull(other, "clock must not be null");
      return this;
    }

    /** How long a post may stay "sending" before the reconcile step looks at it. */
    public Builder lease(Duration other) {
      lease = positiveLease(other);
      return this;
    }

    /** The settings. */
    public PracticeSettings build() {
      return new PracticeSettings(champions, approvalRequired, zone, clock, lease);
    }
  }

  private static Duration positiveLease(Duration lease) {
    Objects.requireNonNull(lease, "lease must not be null");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive");
    }
    return lease;
  }
}
