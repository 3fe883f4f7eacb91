package org.dpcoach.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dpcoach.core.port.CustomTip;
import org.dpcoach.core.port.TipStore;

/** Champions' tips in {@code custom_tip}. */
final class JdbcTipStore implements TipStore {
  private static final String COLUMNS = "id, topic, body, added_by, added_at, approved_by";
  private final Sql sql;

  JdbcTipStore(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CustomTip add(
      String topic, String redactedText, String addedBy, Optional<String> approvedBy, Instant at) {
    long id =
        sql.tx(
            c ->
                Sql.insertReturningId(
                    c,
                    "INSERT INTO custom_tip (topic, body, added_by, added_at, approved_by, approved_at) VALUES (?, ?, ?, ?, ?, ?)",
                    topic,
                    redactedText,
                    addedBy,
                    at,
                    approvedBy.orElse(null),
                    approvedBy.isPresent() ? at : null));
    return new CustomTip(id, topic, redactedText, addedBy, at, approvedBy);
  }

  @Override
  public Optional<CustomTip> approve(long id, String approvedBy, Instant at) {
    sql.update(
        "UPDATE custom_tip SET approved_by = ?, approved_at = ? WHERE id = ? AND approved_by IS NULL",
        approvedBy,
        at,
        id);
    return sql.one("SELECT " + COLUMNS + " FROM custom_tip WHERE id = ?", JdbcTipStore::row, id);
  }

  @Override
  public List<CustomTip> all() {
    return sql.query("SELECT " + COLUMNS + " FROM custom_tip ORDER BY id", JdbcTipStore::row);
  }

  private static CustomTip row(ResultSet rs) throws SQLException {
    return new CustomTip(
        rs.getLong("id"),
        rs.getString("topic"),
        rs.getString("body"),
        rs.getString("added_by"),
        Sql.instant(rs, "added_at"),
        Optional.ofNullable(rs.getString("approved_by")));
  }
}
