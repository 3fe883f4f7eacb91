package org.dpcoach.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.dpcoach.core.model.WeeklySlot;
import org.dpcoach.core.port.ScheduleStore;
import org.dpcoach.core.port.TipSchedule;

/** Channels' weekly tip slots in {@code tip_schedule}. */
final class JdbcScheduleStore implements ScheduleStore {
  private static final String COLUMNS =
      "platform, channel, day_of_week, time_of_day, paused, created_by, created_at";
  private final Sql sql;

  JdbcScheduleStore(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void save(TipSchedule s) {
    sql.tx(
        c -> {
          Sql.update(
              c,
              "DELETE FROM tip_schedule WHERE platform = ? AND channel = ?",
              s.platform(),
              s.channel());
          return Sql.update(
              c,
              "INSERT INTO tip_schedule (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
              s.platform(),
              s.channel(),
              s.slot().day().getValue(),
              s.slot().time().toString(),
              s.paused(),
              s.createdBy(),
              s.createdAt());
        });
  }

  @Override
  public Optional<TipSchedule> find(String platform, String channel) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM tip_schedule WHERE platform = ? AND channel = ?",
        JdbcScheduleStore::row,
        platform,
        channel);
  }

  @Override
  public List<TipSchedule> all() {
    return sql.query(
        "SELECT " + COLUMNS + " FROM tip_schedule ORDER BY platform, channel",
        JdbcScheduleStore::row);
  }

  @Override
  public boolean paused(String platform, String channel, boolean paused) {
    return sql.update(
            "UPDATE tip_schedule SET paused = ?, changed_at = CURRENT_TIMESTAMP WHERE platform = ? AND channel = ?",
            paused,
            platform,
            channel)
        == 1;
  }

  private static TipSchedule row(ResultSet rs) throws SQLException {
    WeeklySlot slot =
        new WeeklySlot(
            DayOfWeek.of(rs.getInt("day_of_week")), LocalTime.parse(rs.getString("time_of_day")));
    return new TipSchedule(
        rs.getString("platform"),
        rs.getString("channel"),
        slot,
        rs.getBoolean("paused"),
        rs.getString("created_by"),
        Sql.instant(rs, "created_at"));
  }
}
