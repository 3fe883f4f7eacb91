package org.dpcoach.teams;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.microsoft.bot.schema.Activity;
import java.time.Duration;
import java.util.Optional;

/**
 * The activities already taken on, by conversation and activity id, in a bounded cache: the Bot
 * Connector's redelivery of one of them is dropped, while a redelivery whose first delivery was
 * given back (the queue was full) is taken on again.
 */
final class SeenActivities {
  static final long CAPACITY = 50_000;
  static final Duration KEEP = Duration.ofHours(1);

  private final Cache<String, Boolean> claimed;

  SeenActivities(long capacity, Duration keep, Ticker ticker) {
    this.claimed =
        Caffeine.newBuilder().maximumSize(capacity).expireAfterWrite(keep).ticker(ticker).build();
  }

  SeenActivities() {
    this(CAPACITY, KEEP, Ticker.systemTicker());
  }

  /** The activity's key, or empty when it has no id to recognise it by. */
  static Optional<String> key(Activity activity) {
    if (activity.getId() == null || activity.getId().isBlank()) {
      return Optional.empty();
    }
    String conversation =
        activity.getConversation() == null ? "" : activity.getConversation().getId();
    return Optional.of(conversation + "|" + activity.getId());
  }

  /** Takes the activity on; false when it was already taken on (a redelivery to drop). */
  boolean claim(Optional<String> key) {
    return key.map(k -> claimed.asMap().putIfAbsent(k, Boolean.TRUE) == null).orElse(true);
  }

  /** Gives the activity back, so that the next delivery of it is processed. */
  void release(Optional<String> key) {
    key.ifPresent(claimed::invalidate);
  }
}
