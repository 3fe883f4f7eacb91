package org.dpcoach.support;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait after an HTTP 429, read from its {@code Retry-After} header (whole seconds) and
 * kept between a least and a most wait; a missing or unreadable header means the least wait.
 */
public final class RetryAfter {
  private final Duration min;
  private final Duration max;

  private RetryAfter(Duration min, Duration max) {
    this.min = min;
    this.max = max;
  }

  /** A reader that keeps every wait between {@code min} and {@code max}, both included. */
  public static RetryAfter between(Duration min, Duration max) {
    Objects.requireNonNull(min, "min must not be null");
    Objects.requireNonNull(max, "max must not be null");
    if (min.isNegative() || min.isZero()) {
      throw new IllegalArgumentException("min must be positive");
    }
    if (max.compareTo(min) < 0) {
      throw new IllegalArgumentException("max must not be less than min");
    }
    return new RetryAfter(min, max);
  }

  /** The wait the header asks for, kept between the least and the most; null reads as absent. */
  public Duration parse(String header) {
    if (header == null) {
      return min;
    }
    Duration wait;
    try {
      wait = Duration.ofSeconds(Long.parseLong(header.strip()));
    } catch (NumberFormatException e) {
      return min;
    }
    if (wait.compareTo(min) < 0) {
      return min;
    }
    return wait.compareTo(max) > 0 ? max : wait;
  }
}
