package org.dpcoach.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is held about a person, table by table, and how it goes: rows that are theirs are deleted
 * (their inbox requests, supervision replies and counts, personal-chat references, follow-up
 * context and the questions they put to the champions), rows they only set up are kept with their
 * id replaced by {@value #ERASED} (tips they wrote or approved, schedules, sessions they
 * facilitated). Also the purge of short-lived rows.
 */
final class Erasure {
  /** What an erased person's id becomes where the row itself stays. */
  static final String ERASED = "erased";

  /** Answered inbox rows are kept this long, to recognise late redeliveries. */
  static final Duration INBOX_KEEP = Duration.ofDays(2);

  /** A question its asker never confirmed is kept this long. */
  static final Duration DRAFT_KEEP = Duration.ofDays(1);

  /** Follow-up context is kept this long (the engine uses it for much less). */
  static final Duration CONTEXT_KEEP = Duration.ofDays(1);

  /** Each table, the column naming the person, and whether the row is deleted or anonymised. */
  private record Held(String table, String column, boolean delete) {}

  private static final List<Held> HELD =
      List.of(
          new Held("inbox", "user_id", true),
          new Held("supervision_reply", "user_id", true),
          new Held("supervision_participant", "user_id", true),
          new Held("teams_conversation", "user_id", true),
          new Held("custom_tip", "added_by", false),
          new Held("custom_tip", "approved_by", false),
          new Held("tip_schedule", "created_by", false),
          new Held("supervision_schedule", "created_by", false),
          new Held("supervision_session", "facilitator", false),
          new Held("champion_question", "asker", true),
          new Held("champion_question", "taken_by", false),
          new Held("champion_question", "answered_by", false),
          new Held("champion_channel", "set_by", false),
          // posts to a Slack DM (a champion's answer, the insights digest) are keyed by the user id
          new Held("tip_outbox", "channel", true),
          new Held("channel_tip_count", "channel", true));

  /** A champion's name goes with their id on the questions they took or answered. */
  private static final List<String> NAMES =
      List.of(
          "UPDATE champion_question SET taken_name = '" + ERASED + "' WHERE taken_by = ?",
          "UPDATE champion_question SET answerer_name = '" + ERASED + "' WHERE answered_by = ?");

  private final Sql sql;

  Erasure(Sql sql) {
    this.sql = sql;
  }

  /** Rows per table (and column) that name the person. */
  Map<String, Integer> held(String userId) {
    return sql.tx(
        c -> {
          Map<String, Integer> counts = new LinkedHashMap<>();
          counts.put(
              "conversation_context",
              count(c, "conversation_context", contextWhere(), userId, userId, userId));
          for (Held h : HELD) {
            counts.merge(h.table(), count(c, h.table(), h.column() + " = ?", userId), Integer::sum);
          }
          return counts;
        });
  }

  /** Deletes or anonymises every row that names the person; rows changed per table. */
  Map<String, Integer> erase(String userId) {
    if (userId == null || userId.isBlank() || userId.equals(ERASED)) {
      throw new IllegalArgumentException("erase needs a user id");
    }
    return sql.tx(
        c -> {
          Map<String, Integer> changed = new LinkedHashMap<>();
          // context first: it is found through the person's personal-chat references
          changed.put(
              "conversation_context",
              Sql.update(
                  c,
                  "DELETE FROM conversation_context WHERE " + contextWhere(),
                  userId,
                  userId,
                  userId));
          for (String names : NAMES) {
            Sql.update(c, names, userId);
          }
          for (Held h : HELD) {
            String statement =
                h.delete()
                    ? "DELETE FROM " + h.table() + " WHERE " + h.column() + " = ?"
                    : "UPDATE "
                        + h.table()
                        + " SET "
                        + h.column()
                        + " = '"
                        + ERASED
                        + "' WHERE "
                        + h.column()
                        + " = ?";
            changed.merge(h.table(), Sql.update(c, statement, userId), Integer::sum);
          }
          return changed;
        });
  }

  /**
   * The person's follow-up context: conversations keyed by them (Slack's channel asks without a
   * thread end in {@code :<user>}) and their Teams personal chats.
   */
  private static String contextWhere() {
    return "conversation_id = ? OR conversation_id LIKE '%:' || ? OR conversation_id IN"
        + " (SELECT conversation_id FROM teams_conversation WHERE user_id = ?)";
  }

  private static int count(Connection c, String table, String where, Object... params)
      throws SQLException {
    return Sql.query(
            c, "SELECT COUNT(*) FROM " + table + " WHERE " + where, rs -> rs.getInt(1), params)
        .get(0);
  }

  /**
   * Removes the short-lived and the forgotten: answered inbox rows, old follow-up context,
   * questions to the champions asked before the cutoff (and drafts never sent after a day),
   * schedules left paused past the retention period, and Teams conversations neither refreshed
   * within it nor scheduled (the app was removed without telling the bot).
   */
  static Map<String, Integer> purgeShortLived(Connection c, Instant now, Instant cutoff)
      throws SQLException {
    Map<String, Integer> removed = new LinkedHashMap<>();
    removed.put(
        "inbox",
        Sql.update(
            c,
            "DELETE FROM inbox WHERE state IN ('DONE', 'FAILED') AND done_at < ?",
            now.minus(INBOX_KEEP)));
    removed.put(
        "conversation_context",
        Sql.update(
            c, "DELETE FROM conversation_context WHERE updated_at < ?", now.minus(CONTEXT_KEEP)));
    removed.put(
        "tip_schedule",
        Sql.update(
            c,
            "DELETE FROM tip_schedule WHERE paused AND COALESCE(changed_at, created_at) < ?",
            cutoff));
    removed.put(
        "supervision_schedule",
        Sql.update(
            c,
            "DELETE FROM supervision_schedule WHERE paused AND COALESCE(changed_at, created_at) < ?",
            cutoff));
    removed.put(
        "champion_question",
        Sql.update(
            c,
            "DELETE FROM champion_question WHERE asked_at < ? OR (state = 'DRAFT' AND asked_at < ?)",
            cutoff,
            now.minus(DRAFT_KEEP)));
    removed.put(
        "teams_conversation",
        Sql.update(
            c,
            "DELETE FROM teams_conversation WHERE updated_at < ?"
                + " AND conversation_id NOT IN (SELECT channel FROM tip_schedule WHERE platform = 'teams')"
                + " AND conversation_id NOT IN (SELECT channel FROM supervision_schedule WHERE platform = 'teams')",
            cutoff));
    return removed;
  }
}
