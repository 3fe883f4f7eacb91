package org.dpcoach.store;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.dpcoach.core.port.ChannelNations;
import org.dpcoach.core.port.ConversationDirectory;
import org.dpcoach.core.port.OutboxStore;
import org.dpcoach.core.port.ScheduleStore;
import org.dpcoach.core.port.SessionStore;
import org.dpcoach.core.port.TipStore;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database: opened (and migrated by Flyway) with {@link #open}, it hands out the core's storage
 * ports and purges rows past the retention period. Closing it closes the pool.
 */
public final class Database implements AutoCloseable {
  static final int POOL_SIZE = 24;

  /** H2's error code when another process holds the database file. */
  static final int H2_DATABASE_ALREADY_OPEN = 90020;

  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  private final StoreSettings settings;
  private final JdbcConnectionPool pool;
  private final Sql sql;
  private final InsightsKeys insightsKeys;

  private Database(StoreSettings settings, JdbcConnectionPool pool) {
    this.settings = settings;
    this.pool = pool;
    this.sql = new Sql(pool, settings.jdbcUrl().startsWith("jdbc:postgresql:"));
    this.insightsKeys = new InsightsKeys(sql, java.time.Clock.systemUTC());
  }

  /** Connects, migrates to the latest schema and returns the database. */
  public static Database open(StoreSettings settings) {
    JdbcConnectionPool pool = pool(settings);
    try {
      Flyway.configure(Database.class.getClassLoader())
          .dataSource(pool)
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      pool.dispose();
      throw e;
    }
    LOG.info(
        "database ready: {}",
        settings.url().isPresent() ? "configured URL" : "embedded H2 under the data folder");
    return new Database(settings, pool);
  }

  /** The pooled data source (db-scheduler and tests use it). */
  public DataSource dataSource() {
    return pool;
  }

  /** The settings it was opened with. */
  public StoreSettings settings() {
    return settings;
  }

  /** Champions' tips. */
  public TipStore tips() {
    return new JdbcTipStore(sql);
  }

  /** Channels' tip schedules. */
  public ScheduleStore schedules() {
    return new JdbcScheduleStore(sql);
  }

  /** The tip outbox. */
  public OutboxStore outbox() {
    return new JdbcOutboxStore(sql);
  }

  /** Supervision sessions and their replies. */
  public SessionStore sessions() {
    return new JdbcSessionStore(sql);
  }

  /** Questions to the digital champions, and the champions' channel per platform. */
  public org.dpcoach.core.port.ChampionQuestions championQuestions() {
    return new JdbcChampionQuestions(sql);
  }

  /** Channels' nations, as champions set them. */
  public ChannelNations channelNations() {
    return new JdbcChannelNations(sql);
  }

  /**
   * The inbox shared by every instance on this database: requests are leased to {@code owner} (this
   * instance's name) for {@code lease}, and abandoned ones looked for every {@code sweepEvery}.
   */
  public org.dpcoach.support.Inbox inbox(String owner, Duration lease, Duration sweepEvery) {
    return inbox(owner, lease, sweepEvery, java.time.Clock.systemUTC());
  }

  org.dpcoach.support.Inbox inbox(
      String owner, Duration lease, Duration sweepEvery, java.time.Clock clock) {
    return new JdbcInbox(sql, owner, lease, sweepEvery, clock);
  }

  /** Follow-up context shared by every instance on this database. */
  public org.dpcoach.core.port.ConversationContexts contexts() {
    return new JdbcConversationContexts(sql);
  }

  /**
   * Deletes or anonymises everything held about one person (a Slack or Teams user id) in every
   * table, in one transaction; the rows removed or anonymised per table.
   */
  public Map<String, Integer> erase(String userId) {
    Map<String, Integer> changed = new java.util.LinkedHashMap<>(new Erasure(sql).erase(userId));
    changed.putAll(insightsKeys.erase(userId, true));
    return changed;
  }

  /** How many rows of each table hold something about the person (for the erase report). */
  public Map<String, Integer> heldAbout(String userId) {
    Map<String, Integer> held = new java.util.LinkedHashMap<>(new Erasure(sql).held(userId));
    held.putAll(insightsKeys.erase(userId, false));
    return held;
  }

  /**
   * The conversations the bot may post to unasked, each written with the clock's time; keep one per
   * process, since it remembers what it has written.
   */
  public ConversationDirectory conversations(java.time.Clock clock) {
    return new ConversationStore(sql, clock);
  }

  /**
   * Records turns and feedback for insights (never a user id or the text as typed); the redacted
   * text of unanswered questions only when {@code keepUnanswered}.
   */
  public InsightsRecorder insightsRecorder(boolean keepUnanswered, java.time.Clock clock) {
    return new InsightsRecorder(sql, insightsKeys, keepUnanswered, clock);
  }

  /** What the insights page reads, and the champions' review of comments. */
  public InsightsQueries insights() {
    return new InsightsQueries(sql);
  }

  /**
   * This deployment's secret for signing insights links, made once and shared by every instance.
   */
  public byte[] insightsLinkSecret() {
    return insightsKeys.secret(InsightsKeys.LINK).clone();
  }

  /**
   * Deletes what is no longer needed: sent posts, ended sessions, never-approved tips, schedules
   * left paused, and Teams conversations neither refreshed nor scheduled, older than the retention
   * period; answered inbox rows after two days and follow-up context after a day; ends sessions
   * left running for a day (deleting their replies); and the insights rows and keys past their time
   * ({@link InsightsRecorder#purge}). Returns the rows removed or ended per table.
   */
  public Map<String, Integer> purge(Instant now) {
    Instant cutoff = now.minus(settings.retention());
    Instant abandoned = now.minus(java.time.Duration.ofDays(1));
    return sql.tx(
        c -> {
          Map<String, Integer> removed = new LinkedHashMap<>();
          removed.putAll(Erasure.purgeShortLived(c, now, cutoff));
          removed.put(
              "supervision_reply",
              Sql.update(
                  c,
                  "DELETE FROM supervision_reply WHERE session_id IN (SELECT id FROM supervision_session WHERE state = 'ACTIVE' AND started_at < ?)",
                  abandoned));
          removed.put(
              "supervision_session_expired",
              Sql.update(
                  c,
                  "UPDATE supervision_session SET state = 'EXPIRED', ended_at = ?, next_at = NULL WHERE state = 'ACTIVE' AND started_at < ?",
                  now,
                  abandoned));
          removed.put(
              "supervision_session",
              Sql.update(
                  c,
                  "DELETE FROM supervision_session WHERE state <> 'ACTIVE' AND ended_at < ?",
                  cutoff));
          removed.put(
              "tip_outbox",
              Sql.update(c, "DELETE FROM tip_outbox WHERE state = 'SENT' AND sent_at < ?", cutoff));
          removed.put(
              "custom_tip",
              Sql.update(
                  c, "DELETE FROM custom_tip WHERE approved_by IS NULL AND added_at < ?", cutoff));
          removed.putAll(InsightsRecorder.purge(c, insightsKeys, now));
          return removed;
        });
  }

  /** Closes every pooled connection. */
  @Override
  public void close() {
    pool.dispose();
  }

  private static JdbcConnectionPool pool(StoreSettings settings) {
    String url = settings.jdbcUrl();
    JdbcConnectionPool pool;
    if (url.startsWith("jdbc:postgresql:")) {
      PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
      pg.setURL(url);
      settings.user().ifPresent(pg::setUser);
      settings.password().ifPresent(pg::setPassword);
      pool = JdbcConnectionPool.create(pg);
    } else {
      pool =
          JdbcConnectionPool.create(
              url, settings.user().orElse("sa"), settings.password().orElse(""));
    }
    pool.setMaxConnections(POOL_SIZE);
    try {
      pool.getConnection().close();
    } catch (SQLException e) {
      pool.dispose();
      if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN && settings.url().isEmpty()) {
        throw new DatabaseInUseException(settings.dataDir().toAbsolutePath().resolve("db"), e);
      }
      throw new StoreException(e);
    }
    return pool;
  }
}
