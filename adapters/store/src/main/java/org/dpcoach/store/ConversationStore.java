package org.dpcoach.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dpcoach.core.port.ConversationAddress;
import org.dpcoach.core.port.ConversationDirectory;

/**
 * The conversations the bot was added to, kept in {@code teams_conversation} so tips and
 * supervision can be posted after a restart and from any instance. The adapter remembers the
 * address of every activity; only an address this instance has not written as it is, recently,
 * reaches the database, so a busy conversation costs no write per message.
 */
final class ConversationStore implements ConversationDirectory {
  static final int WRITTEN_CAPACITY = 10_000;
  static final Duration REFRESH = Duration.ofDays(1);
  private static final String COLUMNS =
      "conversation_id, service_url, tenant_id, conversation_type, bot_id, user_id, team_id";

  private final Sql sql;
  private final Clock clock;
  private final Cache<String, ConversationAddress> written;

  ConversationStore(Sql sql, Clock clock) {
    this.sql = sql;
    this.clock = clock;
    this.written =
        Caffeine.newBuilder().maximumSize(WRITTEN_CAPACITY).expireAfterWrite(REFRESH).build();
  }

  @Override
  public void remember(ConversationAddress c) {
    if (c.equals(written.getIfPresent(c.conversationId()))) {
      return;
    }
    written.put(c.conversationId(), c);
    sql.txRetrying(
        tx ->
            sql.upsert(
                tx,
                "teams_conversation",
                Sql.keys("conversation_id", c.conversationId()),
                Sql.keys(
                    "service_url", c.serviceUrl(),
                    "tenant_id", c.tenantId().orElse(null),
                    "conversation_type", c.conversationType().orElse(null),
                    "bot_id", c.botId(),
                    "user_id", c.userId().orElse(null),
                    "team_id", c.teamId().orElse(null),
                    "updated_at", clock.instant()),
                "service_url = s.service_url, tenant_id = s.tenant_id, conversation_type ="
                    + " s.conversation_type, bot_id = s.bot_id, user_id = s.user_id, team_id ="
                    + " s.team_id, updated_at = s.updated_at"));
  }

  @Override
  public void forget(String conversationId) {
    written.invalidate(conversationId);
    sql.update("DELETE FROM teams_conversation WHERE conversation_id = ?", conversationId);
  }

  @Override
  public Optional<ConversationAddress> find(String conversationId) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM teams_conversation WHERE conversation_id = ?",
        ConversationStore::row,
        conversationId);
  }

  /** Every kept conversation, oldest refreshed first. */
  @Override
  public List<ConversationAddress> all() {
    return sql.query(
        "SELECT " + COLUMNS + " FROM teams_conversation ORDER BY updated_at",
        ConversationStore::row);
  }

  /** The user's personal chat, read by its user id rather than through every address. */
  @Override
  public Optional<ConversationAddress> personalChat(String userId) {
    return sql.one(
        "SELECT "
            + COLUMNS
            + " FROM teams_conversation WHERE user_id = ? AND conversation_type = 'personal'"
            + " ORDER BY updated_at",
        ConversationStore::row,
        userId);
  }

  private static ConversationAddress row(ResultSet rs) throws SQLException {
    return new ConversationAddress(
        rs.getString("conversation_id"),
        rs.getString("service_url"),
        Optional.ofNullable(rs.getString("tenant_id")),
        Optional.ofNullable(rs.getString("conversation_type")),
        rs.getString("bot_id"),
        Optional.ofNullable(rs.getString("user_id")),
        Optional.ofNullable(rs.getString("team_id")));
  }
}
