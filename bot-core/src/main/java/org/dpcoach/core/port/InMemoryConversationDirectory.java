package org.dpcoach.core.port;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Addresses in a bounded map; the least recently refreshed goes first when full. */
final class InMemoryConversationDirectory implements ConversationDirectory {
  static final int DEFAULT_CAPACITY = 50_000;

  private final Map<String, ConversationAddress> byId;

  InMemoryConversationDirectory(int capacity) {
    this.byId =
        new LinkedHashMap<>(256, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, ConversationAddress> eldest) {
            return size() > capacity;
          }
        };
  }

  @Override
  public synchronized void remember(ConversationAddress conversation) {
    byId.remove(conversation.conversationId());
    byId.put(conversation.conversationId(), conversation);
  }

  @Override
  public synchronized void forget(String conversationId) {
    byId.remove(conversationId);
  }

  @Override
  public synchronized Optional<ConversationAddress> find(String conversationId) {
    return Optional.ofNullable(byId.get(conversationId));
  }

  @Override
  public synchronized List<ConversationAddress> all() {
    return List.copyOf(byId.values());
  }
}
