package org.dpcoach.core.port;

import java.util.Optional;

/**
 * Where the engine keeps each conversation's follow-up context. In memory on one instance; in the
 * shared database when several instances answer the same conversations.
 */
public interface ConversationContexts {

  /** The context last saved for the conversation, if any (the engine checks its age). */
  Optional<ConversationContext> find(String conversationId);

  /** Saves (replaces) the conversation's context. */
  void save(String conversationId, ConversationContext context);

  /** Forgets the conversation's context (after an escalation or a failed turn). */
  void forget(String conversationId);
}
