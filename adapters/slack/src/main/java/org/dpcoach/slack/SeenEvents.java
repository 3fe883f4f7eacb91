package org.dpcoach.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * The Events API deliveries already taken on, by {@code event_id}, in a bounded cache: a retry of
 * one of them is dropped, while a retry whose first delivery was released (never processed) is
 * taken on again.
 */
final class SeenEvents {
  static final long CAPACITY = 50_000;
  static final Duration KEEP = Duration.ofHours(1);

  private final Cache<String, Boolean> claimed;

  SeenEvents(long capacity, Duration keep, Ticker ticker) {
    this.claimed =
        Caffeine.newBuilder().maximumSize(capacity).expireAfterWrite(keep).ticker(ticker).build();
  }

  SeenEvents() {
    this(CAPACITY, KEEP, Ticker.systemTicker());
  }

  /** Takes the event on; false when it was already taken on (a retry to drop). */
  boolean claim(String eventId) {
    if (eventId == null || eventId.isBlank()) {
      return true;
    }
    return claimed.asMap().putIfAbsent(eventId, Boolean.TRUE) == null;
  }

  /** Gives the event back, so that Slack's next retry of it is processed. */
  void release(String eventId) {
    if (eventId != null) {
      claimed.invalidate(eventId);
    }
  }
}
