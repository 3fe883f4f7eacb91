package org.dpcoach.teams;

import java.util.List;
import java.util.Optional;

/**
 * The port where conversation references are kept, so tips and supervision prompts can be posted
 * later. The adapter only stores references from authenticated, allow-listed activities.
 */
public interface ConversationReferences {

  /** Keeps (or refreshes) a reference, keyed by its conversation id. */
  void remember(TeamsConversation conversation);

  /** Drops a reference (the bot was removed or uninstalled). */
  void forget(String conversationId);

  /** The reference for a conversation, if kept. */
  Optional<TeamsConversation> find(String conversationId);

  /** Every kept reference. */
  List<TeamsConversation> all();

  /** A store in memory, lost on restart; durable storage is its own issue. */
  static ConversationReferences inMemory() {
    return new InMemoryConversationReferences(InMemoryConversationReferences.DEFAULT_CAPACITY);
  }
}
