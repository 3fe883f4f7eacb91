package org.dpcoach.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.core.port.Session;
import org.dpcoach.core.port.SessionSchedule;
import org.dpcoach.core.port.SessionStore;

/**
 * Supervision sessions, their redacted replies (deleted at the end), reply counts, recurring
 * sessions and how often each channel has had each scenario.
 */
final class JdbcSessionStore implements SessionStore {
  private static final String COLUMNS =
      "id, platform, channel, thread, scenario_id, facilitator, step_no, state, started_at, next_at";
  private final Sql sql;
  private final SessionSchedules schedules;

  JdbcSessionStore(Sql sql) {
    this.sql = sql;
    this.schedules = new SessionSchedules(sql);
  }

  @Override
  public Session create(
      String platform,
      String channel,
      String scenarioId,
      String facilitator,
      Instant at,
      Optional<Instant> nextAt) {
    long id =
        sql.txRetrying(
            c -> insert(c, null, platform, channel, scenarioId, facilitator, at, nextAt));
    return find(id).orElseThrow();
  }

  @Override
  public Optional<Session> createForSlot(
      String slotKey,
      String platform,
      String channel,
      String scenarioId,
      String facilitator,
      Instant at,
      Optional<Instant> nextAt) {
    Optional<Long> id;
    try {
      id =
          Optional.of(
              sql.tx(
                  c -> insert(c, slotKey, platform, channel, scenarioId, facilitator, at, nextAt)));
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException q && Sql.uniqueViolation(q)) {
        return Optional.empty();
      }
      throw e;
    }
    return id.flatMap(this::find);
  }

  private long insert(
      java.sql.Connection c,
      String slotKey,
      String platform,
      String channel,
      String scenarioId,
      String facilitator,
      Instant at,
      Optional<Instant> nextAt)
      throws SQLException {
    long id =
        Sql.insertReturningId(
            c,
            "INSERT INTO supervision_session (platform, channel, scenario_id, facilitator, step_no,"
                + " state, started_at, next_at, slot_key) VALUES (?, ?, ?, ?, 0, 'ACTIVE', ?, ?, ?)",
            platform,
            channel,
            scenarioId,
            facilitator,
            at,
            nextAt.orElse(null),
            slotKey);
    sql.upsert(
        c,
        "channel_scenario_count",
        Sql.keys("platform", platform, "channel", channel, "scenario_id", scenarioId),
        Sql.keys("sessions", 1),
        "sessions = t.sessions + 1");
    return id;
  }

  @Override
  public Map<String, Integer> scenarioCounts(String platform, String channel) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    sql.query(
            "SELECT scenario_id, sessions FROM channel_scenario_count WHERE platform = ? AND channel = ?",
            rs -> Map.entry(rs.getString(1), rs.getInt(2)),
            platform,
            channel)
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  @Override
  public void saveSchedule(SessionSchedule s) {
    schedules.save(s);
  }

  @Override
  public Optional<SessionSchedule> findSchedule(String platform, String channel) {
    return schedules.find(platform, channel);
  }

  @Override
  public boolean pauseSchedule(String platform, String channel, boolean paused) {
    return schedules.pause(platform, channel, paused);
  }

  @Override
  public void thread(long id, String thread) {
    sql.update("UPDATE supervision_session SET thread = ? WHERE id = ?", thread, id);
  }

  @Override
  public Optional<Session> find(long id) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM supervision_session WHERE id = ?", JdbcSessionStore::row, id);
  }

  @Override
  public Optional<Session> activeInThread(String platform, String channel, String thread) {
    return sql.one(
        "SELECT "
            + COLUMNS
            + " FROM supervision_session WHERE platform = ? AND channel = ? AND thread = ? AND state = 'ACTIVE'",
        JdbcSessionStore::row,
        platform,
        channel,
        thread);
  }

  @Override
  public boolean advance(long id, int from, int to, Optional<Instant> nextAt) {
    return sql.update(
            "UPDATE supervision_session SET step_no = ?, next_at = ? WHERE id = ? AND step_no = ? AND state = 'ACTIVE'",
            to,
            nextAt.orElse(null),
            id,
            from)
        == 1;
  }

  @Override
  public boolean end(long id, Session.State state, Instant at) {
    return sql.tx(
        c -> {
          int ended =
              Sql.update(
                  c,
                  "UPDATE supervision_session SET state = ?, ended_at = ?, next_at = NULL WHERE id = ? AND state = 'ACTIVE'",
                  state.name(),
                  at,
                  id);
          Sql.update(c, "DELETE FROM supervision_reply WHERE session_id = ?", id);
          return ended == 1;
        });
  }

  @Override
  public void reply(long id, String user, int step, String redactedText, Instant at) {
    sql.txRetrying(
        c -> {
          Sql.update(
              c,
              "INSERT INTO supervision_reply (session_id, user_id, step_no, body, created_at) VALUES (?, ?, ?, ?, ?)",
              id,
              user,
              step,
              redactedText,
              at);
          return sql.upsert(
              c,
              "supervision_participant",
              Sql.keys("session_id", id, "user_id", user),
              Sql.keys("replies", 1),
              "replies = t.replies + 1");
        });
  }

  @Override
  public List<String> replies(long id) {
    return sql.query(
        "SELECT body FROM supervision_reply WHERE session_id = ? ORDER BY id",
        rs -> rs.getString(1),
        id);
  }

  @Override
  public int contributions(long id, String user) {
    return sql.one(
            "SELECT replies FROM supervision_participant WHERE session_id = ? AND user_id = ?",
            rs -> rs.getInt(1),
            id,
            user)
        .orElse(0);
  }

  @Override
  public List<Session> due(Instant now) {
    return sql.query(
        "SELECT "
            + COLUMNS
            + " FROM supervision_session WHERE state = 'ACTIVE' AND next_at IS NOT NULL AND next_at <= ?",
        JdbcSessionStore::row,
        now);
  }

  private static Session row(ResultSet rs) throws SQLException {
    return new Session(
        rs.getLong("id"),
        rs.getString("platform"),
        rs.getString("channel"),
        Optional.ofNullable(rs.getString("thread")),
        rs.getString("scenario_id"),
        rs.getString("facilitator"),
        rs.getInt("step_no"),
        Session.State.valueOf(rs.getString("state")),
        Sql.instant(rs, "started_at"),
        Optional.ofNullable(Sql.instant(rs, "next_at")));
  }
}
