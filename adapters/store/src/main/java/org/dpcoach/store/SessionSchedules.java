package org.dpcoach.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import org.dpcoach.core.model.WeeklySlot;
import org.dpcoach.core.port.SessionSchedule;

/** Each channel's recurring supervision session, in {@code supervision_schedule}. */
final class SessionSchedules {
  private static final String SCHEDULE_COLUMNS =
      "platform, channel, day_of_week, time_of_day, scenario_id, timed, paused, created_by, created_at";
  private final Sql sql;

  SessionSchedules(Sql sql) {
    this.sql = sql;
  }

  /** Sets (replaces) the channel's recurring session. */
  void save(SessionSchedule s) {
    sql.tx(
        c -> {
          Sql.update(
              c,
              "DELETE FROM supervision_schedule WHERE platform = ? AND channel = ?",
              s.platform(),
              s.channel());
          return Sql.update(
              c,
              "INSERT INTO supervision_schedule ("
                  + SCHEDULE_COLUMNS
                  + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
              s.platform(),
              s.channel(),
              s.slot().day().getValue(),
              s.slot().time().toString(),
              s.scenarioId().orElse(null),
              s.timed(),
              s.paused(),
              s.createdBy(),
              s.createdAt());
        });
  }

  /** The channel's recurring session, if any. */
  Optional<SessionSchedule> find(String platform, String channel) {
    return sql.one(
        "SELECT "
            + SCHEDULE_COLUMNS
            + " FROM supervision_schedule WHERE platform = ? AND channel = ?",
        SessionSchedules::row,
        platform,
        channel);
  }

  /** Pauses or resumes it; false when the channel has none. */
  boolean pause(String platform, String channel, boolean paused) {
    return sql.update(
            "UPDATE supervision_schedule SET paused = ?, changed_at = CURRENT_TIMESTAMP WHERE platform = ? AND channel = ?",
            paused,
            platform,
            channel)
        == 1;
  }

  private static SessionSchedule row(ResultSet rs) throws SQLException {
    return new SessionSchedule(
        rs.getString("platform"),
        rs.getString("channel"),
        new WeeklySlot(
            DayOfWeek.of(rs.getInt("day_of_week")), LocalTime.parse(rs.getString("time_of_day"))),
        Optional.ofNullable(rs.getString("scenario_id")),
        rs.getBoolean("timed"),
        rs.getBoolean("paused"),
        rs.getString("created_by"),
        Sql.instant(rs, "created_at"));
  }
}
