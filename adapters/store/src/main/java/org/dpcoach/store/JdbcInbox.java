package org.dpcoach.store;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dpcoach.support.Inbox;

/**
 * The inbox in {@code inbox}: a request is recorded with its key as primary key (so a redelivery to
 * any instance finds it), leased to the instance that recorded it, started (PENDING to ANSWERING,
 * lease renewed), and done (payload erased). A row whose lease ran out unanswered is taken over by
 * whichever instance sweeps first; one that failed {@value #MAX_ATTEMPTS} times is given up.
 */
final class JdbcInbox implements Inbox {
  static final int MAX_ATTEMPTS = 3;

  private final Sql sql;
  private final String owner;
  private final Duration lease;
  private final Duration sweepEvery;
  private final Clock clock;

  JdbcInbox(Sql sql, String owner, Duration lease, Duration sweepEvery, Clock clock) {
    this.sql = sql;
    this.owner = Objects.requireNonNull(owner, "owner must not be null");
    this.lease = Objects.requireNonNull(lease, "lease must not be null");
    this.sweepEvery = Objects.requireNonNull(sweepEvery, "sweep interval must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive");
    }
  }

  @Override
  public boolean record(Delivery d) {
    Instant now = clock.instant();
    try {
      sql.update(
          "INSERT INTO inbox (delivery_key, platform, kind, user_id, payload, found, state, owner,"
              + " lease_until, attempts, received_at) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, 0, ?)",
          d.key(),
          d.platform(),
          d.kind(),
          d.user().orElse(null),
          d.payload(),
          d.found(),
          owner,
          now.plus(lease),
          now);
      return true;
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException q && Sql.uniqueViolation(q)) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public boolean start(String key) {
    Instant now = clock.instant();
    return sql.update(
            "UPDATE inbox SET state = 'ANSWERING', lease_until = ?, attempts = attempts + 1"
                + " WHERE delivery_key = ? AND owner = ? AND state IN ('PENDING', 'ANSWERING')",
            now.plus(lease),
            key,
            owner)
        == 1;
  }

  @Override
  public void done(String key) {
    sql.update(
        "UPDATE inbox SET state = 'DONE', payload = NULL, owner = NULL, lease_until = NULL,"
            + " done_at = ? WHERE delivery_key = ? AND state <> 'DONE'",
        clock.instant(),
        key);
  }

  @Override
  public void release(String key) {
    sql.update("DELETE FROM inbox WHERE delivery_key = ? AND state = 'PENDING'", key);
  }

  @Override
  public List<Delivery> abandoned(String platform, int max) {
    Instant now = clock.instant();
    sql.update(
        "UPDATE inbox SET state = 'FAILED', payload = NULL, done_at = ? WHERE platform = ?"
            + " AND state IN ('PENDING', 'ANSWERING') AND lease_until < ? AND attempts >= ?",
        now,
        platform,
        now,
        MAX_ATTEMPTS);
    List<Candidate> due =
        sql.query(
            "SELECT delivery_key, lease_until FROM inbox WHERE platform = ? AND state IN"
                + " ('PENDING', 'ANSWERING') AND lease_until < ? ORDER BY received_at",
            rs -> new Candidate(rs.getString(1), Sql.instant(rs, "lease_until")),
            platform,
            now);
    List<Delivery> taken = new ArrayList<>();
    for (Candidate c : due) {
      if (taken.size() >= max) {
        break;
      }
      // compare-and-set on the old lease: of several sweeping instances, one takes the row
      int won =
          sql.update(
              "UPDATE inbox SET owner = ?, lease_until = ? WHERE delivery_key = ?"
                  + " AND state IN ('PENDING', 'ANSWERING') AND lease_until = ?",
              owner,
              now.plus(lease),
              c.key(),
              c.leaseUntil());
      if (won == 1) {
        find(c.key()).ifPresent(taken::add);
      }
    }
    return taken;
  }

  @Override
  public Duration sweepEvery() {
    return sweepEvery;
  }

  /** The recorded request, while it has a payload. */
  Optional<Delivery> find(String key) {
    return sql.one(
        "SELECT delivery_key, platform, kind, user_id, payload, found, attempts FROM inbox"
            + " WHERE delivery_key = ? AND payload IS NOT NULL",
        rs ->
            new Delivery(
                rs.getString("delivery_key"),
                rs.getString("platform"),
                rs.getString("kind"),
                Optional.ofNullable(rs.getString("user_id")),
                rs.getString("payload"),
                rs.getBoolean("found"),
                rs.getInt("attempts")),
        key);
  }

  private record Candidate(String key, Instant leaseUntil) {}
}
