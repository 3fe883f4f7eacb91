package org.dpcoach.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dpcoach.core.port.OutboxEntry;
import org.dpcoach.core.port.OutboxStore;

/**
 * The tip outbox in {@code tip_outbox}, with per-channel tip counts in {@code channel_tip_count}.
 */
final class JdbcOutboxStore implements OutboxStore {
  private static final String COLUMNS =
      "post_key, platform, channel, tip_id, slot, state, claimed_by, claimed_at, message_id, attempts";
  private static final String SELECT = "SELECT " + COLUMNS + " FROM tip_outbox WHERE ";
  private static final int PLAN_ATTEMPTS = 5;
  private final Sql sql;

  JdbcOutboxStore(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Optional<OutboxEntry> plan(
      String key,
      String platform,
      String channel,
      Instant slot,
      Function<Map<String, Integer>, String> choose,
      Instant at) {
    for (int attempt = 1; attempt <= PLAN_ATTEMPTS; attempt++) {
      try {
        return sql.tx(c -> planOnce(c, key, platform, channel, slot, choose, at));
      } catch (StoreException e) {
        if (!(e.getCause() instanceof SQLException s) || !Sql.uniqueViolation(s)) {
          throw e;
        }
        if (find(key).isPresent()) {
          return Optional.empty(); // another instance planned this key first
        }
        // a concurrent plan for the same channel inserted the first count row: read again
      }
    }
    throw new IllegalStateException(
        "could not plan outbox entry after " + PLAN_ATTEMPTS + " attempts");
  }

  private Optional<OutboxEntry> planOnce(
      Connection c,
      String key,
      String platform,
      String channel,
      Instant slot,
      Function<Map<String, Integer>, String> choose,
      Instant at)
      throws SQLException {
    if (!Sql.query(c, "SELECT 1 FROM tip_outbox WHERE post_key = ?", rs -> 1, key).isEmpty()) {
      return Optional.empty();
    }
    String tip = choose.apply(sentCounts(c, platform, channel));
    OutboxEntry entry = pending(key, platform, channel, tip, slot);
    insert(c, entry, at);
    countSent(c, platform, channel, tip);
    return Optional.of(entry);
  }

  /** A new entry: pending, unclaimed, never attempted. */
  private static OutboxEntry pending(
      String key, String platform, String channel, String tip, Instant slot) {
    return new OutboxEntry(
        key,
        platform,
        channel,
        tip,
        slot,
        OutboxEntry.State.PENDING,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        0);
  }

  /** The channel's count of posts per tip, its rows locked until the transaction ends. */
  private static Map<String, Integer> sentCounts(Connection c, String platform, String channel)
      throws SQLException {
    Map<String, Integer> counts = new HashMap<>();
    Sql.query(
        c,
        "SELECT tip_id, sent_count FROM channel_tip_count WHERE platform = ? AND channel = ? FOR UPDATE",
        rs -> counts.put(rs.getString(1), rs.getInt(2)),
        platform,
        channel);
    return counts;
  }

  private static void insert(Connection c, OutboxEntry entry, Instant at) throws SQLException {
    Sql.update(
        c,
        "INSERT INTO tip_outbox (post_key, platform, channel, tip_id, slot, state, attempts, created_at) VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?)",
        entry.key(),
        entry.platform(),
        entry.channel(),
        entry.tipId(),
        entry.slot(),
        at);
  }

  /** Adds one to the channel's count for the tip, starting it at one. */
  private static void countSent(Connection c, String platform, String channel, String tip)
      throws SQLException {
    if (Sql.update(
            c,
            "UPDATE channel_tip_count SET sent_count = sent_count + 1 WHERE platform = ? AND channel = ? AND tip_id = ?",
            platform,
            channel,
            tip)
        == 0) {
      Sql.update(
          c,
          "INSERT INTO channel_tip_count (platform, channel, tip_id, sent_count) VALUES (?, ?, ?, 1)",
          platform,
          channel,
          tip);
    }
  }

  @Override
  public Optional<OutboxEntry> find(String key) {
    return sql.one(SELECT + "post_key = ?", JdbcOutboxStore::row, key);
  }

  @Override
  public boolean claim(String key, String owner, Instant at) {
    return sql.update(
            "UPDATE tip_outbox SET state = 'SENDING', claimed_by = ?, claimed_at = ?, attempts = attempts + 1"
                + " WHERE post_key = ? AND state = 'PENDING'",
            owner,
            at,
            key)
        == 1;
  }

  @Override
  public boolean reclaim(String key, Instant claimedAt, String owner, Instant at) {
    return sql.update(
            "UPDATE tip_outbox SET claimed_by = ?, claimed_at = ?, attempts = attempts + 1"
                + " WHERE post_key = ? AND state = 'SENDING' AND claimed_at = ?",
            owner,
            at,
            key,
            claimedAt)
        == 1;
  }

  @Override
  public void sent(String key, String messageId, Instant at) {
    sql.update(
        "UPDATE tip_outbox SET state = 'SENT', message_id = ?, sent_at = ? WHERE post_key = ?",
        messageId,
        at,
        key);
  }

  @Override
  public void release(String key) {
    sql.update(
        "UPDATE tip_outbox SET state = 'PENDING', claimed_by = NULL, claimed_at = NULL WHERE post_key = ? AND state = 'SENDING'",
        key);
  }

  @Override
  public List<OutboxEntry> sendingSince(Instant before) {
    return sql.query(
        SELECT + "state = 'SENDING' AND claimed_at < ? ORDER BY claimed_at",
        JdbcOutboxStore::row,
        before);
  }

  @Override
  public List<OutboxEntry> pendingSince(Instant before) {
    return sql.query(
        SELECT + "state = 'PENDING' AND created_at < ? ORDER BY created_at",
        JdbcOutboxStore::row,
        before);
  }

  private static OutboxEntry row(ResultSet rs) throws SQLException {
    return new OutboxEntry(
        rs.getString("post_key"),
        rs.getString("platform"),
        rs.getString("channel"),
        rs.getString("tip_id"),
        Sql.instant(rs, "slot"),
        OutboxEntry.State.valueOf(rs.getString("state")),
        Optional.ofNullable(rs.getString("claimed_by")),
        Optional.ofNullable(Sql.instant(rs, "claimed_at")),
        Optional.ofNullable(rs.getString("message_id")),
        rs.getInt("attempts"));
  }
}
