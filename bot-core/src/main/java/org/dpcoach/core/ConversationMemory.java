package org.dpcoach.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.dpcoach.core.port.ConversationContext;
import org.dpcoach.core.port.ConversationContexts;

/**
 * Follow-up context in this instance's memory, bounded in size and forgotten after a quiet spell
 * (one instance; several instances share the database's instead).
 */
final class ConversationMemory implements ConversationContexts {
  private final Cache<String, ConversationContext> contexts;

  ConversationMemory(Duration ttl, long capacity, Clock clock) {
    this.contexts =
        Caffeine.newBuilder()
            .expireAfterWrite(ttl)
            .maximumSize(capacity)
            .ticker(() -> clock.millis() * 1_000_000L)
            .build();
  }

  @Override
  public Optional<ConversationContext> find(String conversationId) {
    return Optional.ofNullable(contexts.getIfPresent(conversationId));
  }

  @Override
  public void save(String conversationId, ConversationContext context) {
    contexts.put(conversationId, context);
  }

  @Override
  public void forget(String conversationId) {
    contexts.invalidate(conversationId);
  }
}
