package org.dpcoach.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand, so nothing waits for time to pass. */
public final class MutableClock extends Clock {
  private volatile Instant now;

  /** A clock standing at the instant. */
  public MutableClock(Instant start) {
    this.now = start;
  }

  /** Moves to the instant. */
  public void set(Instant instant) {
    now = instant;
  }

  /** Moves on by the duration. */
  public void advance(Duration by) {
    now = now.plus(by);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
