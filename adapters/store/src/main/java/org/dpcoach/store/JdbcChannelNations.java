package org.dpcoach.store;

import java.time.Instant;
import java.util.Optional;
import org.dpcoach.core.port.ChannelNations;
import org.dpcoach.knowledge.Jurisdiction;

/** Channels' nations in {@code channel_nation}. */
final class JdbcChannelNations implements ChannelNations {
  private final Sql sql;

  JdbcChannelNations(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Optional<Jurisdiction> find(String platform, String channel) {
    return sql.one(
        "SELECT nation FROM channel_nation WHERE platform = ? AND channel = ?",
        rs -> Jurisdiction.parse(rs.getString("nation")),
        platform,
        channel);
  }

  @Override
  public void save(String platform, String channel, Jurisdiction nation, String setBy, Instant at) {
    sql.tx(
        c -> {
          Sql.update(
              c,
              "DELETE FROM channel_nation WHERE platform = ? AND channel = ?",
              platform,
              channel);
          return Sql.update(
              c,
              "INSERT INTO channel_nation (platform, channel, nation, set_by, set_at)"
                  + " VALUES (?, ?, ?, ?, ?)",
              platform,
              channel,
              nation.id(),
              setBy,
              at);
        });
  }
}
