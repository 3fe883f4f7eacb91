package org.dpcoach.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.store.InsightsQueries.ChannelActivity;
import org.dpcoach.store.InsightsQueries.Filter;
import org.dpcoach.store.InsightsQueries.Team;

/** Tips posted and supervision sessions per channel, from the outbox and the sessions. */
final class ChannelActivities {
  private final Sql sql;

  ChannelActivities(Sql sql) {
    this.sql = sql;
  }

  /**
   * Tips posted and supervision sessions run and completed per channel in the range, from the
   * outbox and the sessions (kept for the retention period only); one platform or all.
   */
  List<ChannelActivity> in(Filter filter) {
    Map<List<String>, int[]> by = new LinkedHashMap<>();
    Optional<String> platform = filter.team().map(Team::platform);
    String onPlatform = platform.isPresent() ? " AND platform = ?" : "";
    Object[] params =
        platform.isPresent()
            ? new Object[] {filter.from(), filter.to(), platform.get()}
            : new Object[] {filter.from(), filter.to()};
    tipsPosted(by, onPlatform, params);
    sessions(by, onPlatform, params);
    List<ChannelActivity> out = new ArrayList<>();
    by.forEach((k, v) -> out.add(new ChannelActivity(k.get(0), k.get(1), v[0], v[1], v[2])));
    out.sort(
        Comparator.comparing(ChannelActivity::platform).thenComparing(ChannelActivity::channel));
    return out;
  }

  /** Adds each channel's sent tips to {@code by} (first count). */
  private void tipsPosted(Map<List<String>, int[]> by, String onPlatform, Object[] params) {
    sql.query(
        "SELECT platform, channel, COUNT(*) FROM tip_outbox WHERE state = 'SENT' AND sent_at >= ?"
            + " AND sent_at < ?"
            + onPlatform
            + " GROUP BY platform, channel",
        rs -> by.computeIfAbsent(channel(rs), k -> new int[3])[0] += rs.getInt(3),
        params);
  }

  /** Adds each channel's sessions started and debriefed to {@code by} (second and third counts). */
  private void sessions(Map<List<String>, int[]> by, String onPlatform, Object[] params) {
    sql.query(
        "SELECT platform, channel, COUNT(*), SUM(CASE WHEN state = 'DEBRIEFED' THEN 1 ELSE 0 END)"
            + " FROM supervision_session WHERE started_at >= ? AND started_at < ?"
            + onPlatform
            + " GROUP BY platform, channel",
        rs -> {
          int[] counts = by.computeIfAbsent(channel(rs), k -> new int[3]);
          counts[1] += rs.getInt(3);
          counts[2] += rs.getInt(4);
          return null;
        },
        params);
  }

  private static List<String> channel(ResultSet rs) throws SQLException {
    return List.of(rs.getString(1), rs.getString(2));
  }
}
