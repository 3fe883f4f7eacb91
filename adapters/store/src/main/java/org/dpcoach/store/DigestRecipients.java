package org.dpcoach.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.dpcoach.store.InsightsQueries.Recipient;

/** The champions who get the weekly digest, and where, in {@code insights_digest_recipient}. */
final class DigestRecipients {
  private final Sql sql;

  DigestRecipients(Sql sql) {
    this.sql = sql;
  }

  /** Keeps (or moves) a champion's digest to the channel. */
  void remember(Recipient r, Instant at) {
    String update =
        "UPDATE insights_digest_recipient SET channel = ?, updated_at = ?"
            + " WHERE platform = ? AND user_id = ?";
    if (sql.update(update, r.channel(), at, r.platform(), r.user()) == 1) {
      return;
    }
    try {
      sql.update(
          "INSERT INTO insights_digest_recipient (platform, user_id, channel, updated_at)"
              + " VALUES (?, ?, ?, ?)",
          r.platform(),
          r.user(),
          r.channel(),
          at);
    } catch (StoreException e) {
      if (!(e.getCause() instanceof SQLException q) || !Sql.uniqueViolation(q)) {
        throw e;
      }
      sql.update(update, r.channel(), at, r.platform(), r.user());
    }
  }

  /** Every digest recipient. */
  List<Recipient> all() {
    return sql.query(
        "SELECT platform, user_id, channel FROM insights_digest_recipient ORDER BY platform, user_id",
        rs -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3)));
  }
}
