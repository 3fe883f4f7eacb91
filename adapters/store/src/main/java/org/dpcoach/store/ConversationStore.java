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
    sql.tx(
        tx -> {
          Object[] values = {
            c.serviceUrl(),
            c.tenantId().orElse(null),
            c.conversationType().orElse(null),
            c.botId(),
            c.userId().orElse(null),
            c.teamId().orElse(null),
            at,
            c.conversationId()
          };
          if (Sql.update(
                  tx,
                  "UPDATE teams_conversation SET service_url = ?, tenant_id = ?, conversation_type = ?,"
                      + " bot_id = ?, user_id = ?, team_id = ?, updated_at = ? WHERE conversation_id = ?",
                  values)
              == 0) {
            Sql.update(
                tx,
                "INSERT INTO teams_conversation (service_url, tenant_id, conversation_type, bot_id,"
                    + " user_id, team_id, updated_at, conversation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                values);
          }
          return null;
        });
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
