package org.dpcoach.app;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.dpcoach.store.ConversationStore;
import org.dpcoach.store.StoredConversation;
import org.dpcoach.teams.ConversationReferences;
import org.dpcoach.teams.TeamsConversation;

/**
 * The Teams adapter's conversation references kept in the database, so tips and supervision reach
 * Teams channels after a restart and from every instance.
 */
final class StoredConversationReferences implements ConversationReferences {
  private final ConversationStore store;
  private final Clock clock;

  StoredConversationReferences(ConversationStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public void remember(TeamsConversation c) {
    store.remember(
        new StoredConversation(
            c.conversationId(),
            c.serviceUrl(),
            c.tenantId(),
            c.conversationType(),
            c.botId(),
            c.userId(),
            c.teamId()),
        clock.instant());
  }

  @Override
  public void forget(String conversationId) {
    store.forget(conversationId);
  }

  @Override
  public Optional<TeamsConversation> find(String conversationId) {
    return store.find(conversationId).map(StoredConversationReferences::teams);
  }

  @Override
  public List<TeamsConversation> all() {
    return store.all().stream().map(StoredConversationReferences::teams).toList();
  }

  private static TeamsConversation teams(StoredConversation c) {
    return new TeamsConversation(
        c.conversationId(),
        c.serviceUrl(),
        c.tenantId(),
        c.conversationType(),
        c.botId(),
        c.userId(),
        c.teamId());
  }
}
