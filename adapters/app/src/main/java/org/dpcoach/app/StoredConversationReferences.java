package org.dpcoach.app;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dpcoach.store.ConversationStore;
import org.dpcoach.store.StoredConversation;
import org.dpcoach.teams.ConversationReferences;
import org.dpcoach.teams.TeamsConversation;

/**
 * The Teams adapter's conversation references kept in the database, so tips and supervision reach
 * Teams channels after a restart and from every instance. The adapter remembers the reference of
 * every activity; only a reference this instance has not written as it is, recently, reaches the
 * database, so a busy conversation costs no write per message.
 */
final class StoredConversationReferences implements ConversationReferences {
  static final int WRITTEN_CAPACITY = 10_000;
  static final Duration REFRESH = Duration.ofDays(1);

  private final ConversationStore store;
  private final Clock clock;
  private final Cache<String, TeamsConversation> written;

  StoredConversationReferences(ConversationStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
    this.written =
        Caffeine.newBuilder().maximumSize(WRITTEN_CAPACITY).expireAfterWrite(REFRESH).build();
  }

  @Override
  public void remember(TeamsConversation c) {
    if (c.equals(written.getIfPresent(c.conversationId()))) {
      return;
    }
    written.put(c.conversationId(), c);
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
    written.invalidate(conversationId);
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
