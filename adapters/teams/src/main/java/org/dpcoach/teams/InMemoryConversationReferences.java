package org.dpcoach.teams;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Conversation references in a bounded map; the least recently refreshed goes first when full. */
final class InMemoryConversationReferences implements ConversationReferences {
  static final int DEFAULT_CAPACITY = 50_000;

  private final Map<String, TeamsConversation> byId;

  InMemoryConversationReferences(int capacity) {
    this.byId =
        new LinkedHashMap<>(256, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, TeamsConversation> eldest) {
            return size() > capacity;
          }
        };
  }

  @Override
  public synchronized void remember(TeamsConversation conversation) {
    byId.remove(conversation.conversationId());
    byId.put(conversation.conversationId(), conversation);
  }

  @Override
  public synchronized void forget(String conversationId) {
    byId.remove(conversationId);
  }

  @Override
  public synchronized Optional<TeamsConversation> find(String conversationId) {
    return Optional.ofNullable(byId.get(conversationId));
  }

  @Override
  public synchronized List<TeamsConversation> all() {
    return List.copyOf(byId.values());
  }
}
