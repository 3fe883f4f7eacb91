package org.dpcoach.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.dpcoach.core.port.ConversationContext;
import org.dpcoach.core.port.ConversationContexts;
import org.dpcoach.knowledge.Jurisdiction;

/**
 * Follow-up context in {@code conversation_context}, keyed by conversation id, so a follow-up that
 * lands on another instance (or after a restart) still has it. The engine checks its age; the
 * retention purge removes rows older than a day.
 */
final class JdbcConversationContexts implements ConversationContexts {
  private final Sql sql;

  JdbcConversationContexts(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Optional<ConversationContext> find(String conversationId) {
    return sql.one(
        "SELECT topic, case_id, nation, updated_at FROM conversation_context WHERE conversation_id = ?",
        JdbcConversationContexts::row,
        conversationId);
  }

  @Override
  public void save(String conversationId, ConversationContext context) {
    sql.txRetrying(
        c ->
            sql.upsert(
                c,
                "conversation_context",
                Sql.keys("conversation_id", conversationId),
                Sql.keys(
                    "topic", context.topic().orElse(null),
                    "case_id", context.caseId().orElse(null),
                    "nation", context.nation().map(Jurisdiction::id).orElse(null),
                    "updated_at", context.updated()),
                "topic = s.topic, case_id = s.case_id, nation = s.nation, updated_at = s.updated_at"));
  }

  @Override
  public void forget(String conversationId) {
    sql.update("DELETE FROM conversation_context WHERE conversation_id = ?", conversationId);
  }

  private static ConversationContext row(ResultSet rs) throws SQLException {
    return new ConversationContext(
        Optional.ofNullable(rs.getString("topic")),
        Optional.ofNullable(rs.getString("case_id")),
        Optional.ofNullable(rs.getString("nation")).map(Jurisdiction::parse),
        Sql.instant(rs, "updated_at"));
  }
}
