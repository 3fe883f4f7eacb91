package org.dpcoach.core.port;

import java.util.List;
import java.util.Optional;

/**
 * The conversations the bot may post to unasked, so tips and supervision prompts reach them later.
 * Adapters remember only addresses from authenticated, allow-listed activities.
 */
public interface ConversationDirectory {

  /** Keeps (or refreshes) an address, keyed by its conversation id. */
  void remember(ConversationAddress conversation);

  /** Drops an address (the bot was removed or uninstalled). */
  void forget(String conversationId);

  /** The address of a conversation, if kept. */
  Optional<ConversationAddress> find(String conversationId);

  /** Every kept address. */
  List<ConversationAddress> all();

  /** A directory in memory, lost on restart (tests, and a coach without a database). */
  static ConversationDirectory inMemory() {
    return new InMemoryConversationDirectory(InMemoryConversationDirectory.DEFAULT_CAPACITY);
  }
}
