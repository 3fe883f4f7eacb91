package org.dpcoach.support;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Deliveries already taken on, by their id (Slack's {@code event_id}, a Teams activity's
 * conversation and id), in a bounded cache that forgets them after a while: a platform's retry of
 * one of them is dropped, while a retry whose first delivery was given back (never processed) is
 * taken on again.
 */
public final class SeenIds {
  /** How many ids are kept at most. */
  public static final long CAPACITY = 50_000;

  /** How long an id is kept: longer than any platform keeps retrying. */
  public static final Duration KEEP = Duration.ofHours(1);

  private final Cache<String, Boolean> claimed;

  /** A cache of the given size and keep time, reading time from {@code nanos} (tests). */
  public SeenIds(long capacity, Duration keep, LongSupplier nanos) {
    this.claimed =
        Caffeine.newBuilder()
            .maximumSize(capacity)
            .expireAfterWrite(keep)
            .ticker(nanos::getAsLong)
            .build();
  }

  /** {@value #CAPACITY} ids for an hour, on the system clock. */
  public SeenIds() {
    this(CAPACITY, KEEP, System::nanoTime);
  }

  /**
   * Takes the delivery on; false when it was already taken on (a retry to drop). A delivery without
   * an id is always taken on.
   */
  public boolean claim(String id) {
    if (id == null || id.isBlank()) {
      return true;
    }
    return claimed.asMap().putIfAbsent(id, Boolean.TRUE) == null;
  }

  /** Gives the delivery back, so that the platform's next retry of it is processed. */
  public void release(String id) {
    if (id != null) {
      claimed.invalidate(id);
    }
  }
}
