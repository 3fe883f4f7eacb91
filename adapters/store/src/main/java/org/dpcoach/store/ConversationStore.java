package org.dpcoach.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Teams conversations the bot was added to, kept in {@code teams_conversation} so tips and
 * supervision can be posted after a restart and from any instance.
 */
public final class ConversationStore {
  private static final String COLUMNS =
      "conversation_id, service_url, tenant_id, conversation_type, bot_id, user_id, team_id";
  private final Sql sql;

  ConversationStore(Sql sql) {
    this.sql = sql;
  }

  /** Keeps (or refreshes) a conversation. */
  public void remember(StoredConversation c, Instant at) {
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
                    "updated_at", at),
                "service_url = s.service_url, tenant_id = s.tenant_id, conversation_type ="
                    + " s.conversation_type, bot_id = s.bot_id, user_id = s.user_id, team_id ="
                    + " s.team_id, updated_at = s.updated_at"));
  }

  /** Forgets a conversation (the bot was removed from it). */
  public void forget(String conversationId) {
    sql.update("DELETE FROM teams_conversation WHERE conversation_id = ?", conversationId);
  }

  /** The conversation, if kept. */
  public Optional<StoredConversation> find(String conversationId) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM teams_conversation WHERE conversation_id = ?",
        ConversationStore::row,
        conversationId);
  }

  /** Every kept conversation, oldest refreshed first. */
  public List<StoredConversation> all() {
    return sql.query(
        "SELECT " + COLUMNS + " FROM teams_conversation ORDER BY updated_at",
        ConversationStore::row);
  }

  private static StoredConversation row(ResultSet rs) throws SQLException {
    return new StoredConversation(
        rs.getString("conversation_id"),
        rs.getString("service_url"),
        Optional.ofNullable(rs.getString("tenant_id")),
        Optional.ofNullable(rs.getString("conversation_type")),
        rs.getString("bot_id"),
        Optional.ofNullable(rs.getString("user_id")),
        Optional.ofNullable(rs.getString("team_id")));
  }
}
