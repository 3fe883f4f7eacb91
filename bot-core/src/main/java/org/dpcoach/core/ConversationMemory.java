package org.dpcoach.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** The last topic of each conversation, bounded in size and forgotten after a quiet spell. */
final class ConversationMemory {
  private final Cache<String, String> lastTopic;

  ConversationMemory(Duration ttl, long capacity, Clock clock) {
    this.lastTopic =
        Caffeine.newBuilder()
            .expireAfterWrite(ttl)
            .maximumSize(capacity)
            .ticker(() -> clock.millis() * 1_000_000L)
            .build();
  }

  Optional<String> lastTopic(String conversation) {
    return Optional.ofNullable(lastTopic.getIfPresent(conversation));
  }

  void remember(String conversation, String topic) {
    lastTopic.put(conversation, topic);
  }

  void forget(String conversation) {
    lastTopic.invalidate(conversation);
  }
}
