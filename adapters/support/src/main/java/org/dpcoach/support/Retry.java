package org.dpcoach.support;

import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a call again when it was rate limited (HTTP 429), after the wait its {@code Retry-After}
 * asks for (at least one second, at most {@link #MAX_WAIT}), {@value #ATTEMPTS} attempts in all.
 * Logs what was called and the wait, never what was sent.
 */
public final class Retry {
  /** Attempts in all, the first one included. */
  public static final int ATTEMPTS = 3;

  /** The longest wait honoured: a longer ask is cut to this. */
  public static final Duration MAX_WAIT = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(Retry.class);

  /** Waits before a retry; tests record the wait instead of sleeping. */
  @FunctionalInterface
  public interface Pause {
    /** The real thing: sleeps the current thread. */
    Pause SLEEP = wait -> Thread.sleep(wait.toMillis());

    /** Waits this long. */
    void pause(Duration wait) throws InterruptedException;
  }

  /** What one attempt came to: a result, or a 429 to wait out. */
  public sealed interface Attempt<T> {}

  /** The attempt's result, whatever it was: nothing to retry. */
  private record Done<T>(T value) implements Attempt<T> {}

  /** Rate limited: the Retry-After header (null when none), and the result if no retry is left. */
  private record Limited<T>(String retryAfter, T otherwise) implements Attempt<T> {}

  private final Pause pause;

  /** Retries that wait with this pause. */
  public Retry(Pause pause) {
    this.pause = pause;
  }

  /** An attempt that is over: its result. */
  public static <T> Attempt<T> done(T value) {
    return new Done<>(value);
  }

  /** A rate-limited attempt: the Retry-After header it carried, and the result when giving up. */
  public static <T> Attempt<T> limited(String retryAfter, T otherwise) {
    return new Limited<>(retryAfter, otherwise);
  }

  /**
   * Runs the call until it is not rate limited, at most {@link #ATTEMPTS} times: its result, or the
   * last limited attempt's fallback (also when interrupted while waiting; the interrupt is kept).
   */
  public <T> T run(String what, Supplier<Attempt<T>> call) {
    Attempt<T> attempt = call.get();
    for (int made = 1; attempt instanceof Limited<T> limited; made++) {
      if (made == ATTEMPTS) {
        LOG.warn("{} still rate limited after {} attempts", what, ATTEMPTS);
        return limited.otherwise();
      }
      Duration wait = after(limited.retryAfter());
      LOG.info("{} rate limited; retrying in {} s", what, wait.toSeconds());
      try {
        pause.pause(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return limited.otherwise();
      }
      attempt = call.get();
    }
    return ((Done<T>) attempt).value();
  }

  /**
   * The wait a Retry-After header asks for in seconds, at least one second and at most {@link
   * #MAX_WAIT}; one second when the header is missing or not a number.
   */
  public static Duration after(String header) {
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
