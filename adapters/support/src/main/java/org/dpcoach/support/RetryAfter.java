package org.dpcoach.support;

import java.time.Duration;

/** How long to wait before retrying a rate-limited call (HTTP 429), from its Retry-After header. */
public final class RetryAfter {
  /** The longest wait honoured: a longer ask is cut to this. */
  public static final Duration MAX_WAIT = Duration.ofSeconds(30);

  private RetryAfter() {}

  /**
   * The wait the header asks for in seconds, at least one second and at most {@link #MAX_WAIT}; one
   * second when the header is missing or not a number.
   */
  public static Duration of(String header) {
    long seconds = 1;
    if (header != null) {
      try {
        seconds = Long.parseLong(header.strip());
      } catch (NumberFormatException e) {
        seconds = 1;
      }
    }
    Duration wait = Duration.ofSeconds(Math.max(1, seconds));
    return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
  }
}
