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

  /** The user's personal chat with the bot, if kept (the least recently refreshed, if several). */
  default Optional<ConversationAddress> personalChat(String userId) {
    return all().stream()
        .filter(c -> c.userId().filter(userId::equals).isPresent())
        .filter(c -> c.conversationType().filter("personal"::equals).isPresent())
        .findFirst();
  }

  /** A directory in memory, lost on restart (tests, and a coach without a database). */
  static ConversationDirectory inMemory() {
    return new InMemoryConversationDirectory(InMemoryConversationDirectory.DEFAULT_CAPACITY);
  }
}
