package org.dpcoach.store;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.jdbc.AutodetectJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.dpcoach.core.model.WeeklySlot;
import org.dpcoach.core.port.SessionTimer;
import org.dpcoach.core.port.TipTimer;
import org.dpcoach.core.practice.SupervisionDesk;
import org.dpcoach.core.practice.TipPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timer, on db-scheduler: each channel's weekly tip slot is one execution ({@value #SLOT_TASK},
 * instance {@code platform|channel}) that posts through the {@link TipPublisher} and reschedules
 * itself for the next week; a recurring supervision session is one execution of {@value
 * #SESSION_TASK} that starts the session through the {@link SupervisionDesk}. db-scheduler claims
 * each due execution for one instance only, so several app instances may share the database. Also
 * runs the outbox reconcile step (at start and every {@code reconcileEvery}), supervision timers
 * and the retention purge.
 */
public final class TipScheduler implements AutoCloseable {
  static final String SLOT_TASK = "dpcoach-tip-slot";
  static final String SESSION_TASK = "dpcoach-supervision-slot";
  private static final Logger LOG = LoggerFactory.getLogger(TipScheduler.class);

  private final Scheduler scheduler;
  private final TipPublisher publisher;

  /**
   * How the scheduler runs.
   *
   * @param name this instance's name in claims (host and process, say)
   * @param pollInterval how often due executions are looked for
   * @param reconcileEvery how often stuck posts are reconciled
   * @param threads worker threads
   */
  public record Timing(String name, Duration pollInterval, Duration reconcileEvery, int threads) {
    /** Checks each value at once. */
    public Timing {
      Objects.requireNonNull(name, "name must not be null");
      Objects.requireNonNull(pollInterval, "poll interval must not be null");
      Objects.requireNonNull(reconcileEvery, "reconcile interval must not be null");
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
    }

    /** Polls every 10 s and reconciles every minute, on 4 threads. */
    public static Timing defaults(String name) {
      return new Timing(name, Duration.ofSeconds(10), Duration.ofMinutes(1), 4);
    }
  }

  private TipScheduler(Scheduler scheduler, TipPublisher publisher) {
    this.scheduler = scheduler;
    this.publisher = publisher;
  }

  /**
   * A timer that only writes executions to the database, for the desks, which are built before the
   * scheduler that runs the executions (and need not run in the same instance).
   */
  public static Timer timer(Database db) {
    return new Timer(
        SchedulerClient.Builder.create(db.dataSource())
            .jdbcCustomization(new AutodetectJdbcCustomization(db.dataSource(), true))
            .build());
  }

  /** Schedules tip slots and supervision slots in db-scheduler's table. */
  public static final class Timer implements TipTimer, SessionTimer {
    private final SchedulerClient client;

    private Timer(SchedulerClient client) {
      this.client = client;
    }

    @Override
    public void schedule(String platform, String channel, Instant next) {
      at(SLOT_TASK, platform, channel, next);
    }

    @Override
    public void scheduleSession(String platform, String channel, Instant next) {
      at(SESSION_TASK, platform, channel, next);
    }

    private void at(String task, String platform, String channel, Instant next) {
      client.schedule(
          new TaskInstance<Void>(task, platform + "|" + channel),
          next,
          SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
    }
  }

  /**
   * A job that runs once a week at a wall-clock slot (the insights digest, Monday 09:00 London):
   * db-scheduler gives each firing to one instance, and runs it again if that instance dies.
   *
   * @param name the task's name in db-scheduler's table
   * @param fire what runs, told the slot it runs for
   */
  public record Weekly(String name, WeeklySlot slot, ZoneId zone, Consumer<Instant> fire) {
    /** Checks each value at once. */
    public Weekly {
      Objects.requireNonNull(name, "name must not be null");
      Objects.requireNonNull(slot, "slot must not be null");
      Objects.requireNonNull(zone, "zone must not be null");
      Objects.requireNonNull(fire, "fire must not be null");
    }
  }

  /**
   * A job that runs every so often, on one instance at a time (the champions' reminders).
   *
   * @param name the task's name in db-scheduler's table
   * @param every how long between the end of one run and the start of the next
   * @param run what runs
   */
  public record Every(String name, Duration every, Runnable run) {
    /** Checks each value at once. */
    public Every {
      Objects.requireNonNull(name, "name must not be null");
      Objects.requireNonNull(every, "interval must not be null");
      Objects.requireNonNull(run, "run must not be null");
    }
  }

  /** Builds and starts the scheduler on the database; {@code supervision} may be null. */
  public static TipScheduler start(
      Database db,
      TipPublisher publisher,
      SupervisionDesk supervision,
      Clock clock,
      Timing timing) {
    return start(db, publisher, supervision, clock, timing, List.of(), List.of());
  }

  /**
   * The same, with weekly jobs besides the tips and supervision slots, and jobs that run every so
   * often (the champions' reminders).
   */
  public static TipScheduler start(
      Database db,
      TipPublisher publisher,
      SupervisionDesk supervision,
      Clock clock,
      Timing timing,
      List<Weekly> weekly,
      List<Every> every) {
    Scheduler scheduler =
        Scheduler.create(
                db.dataSource(),
                SchedulerTasks.tipSlot(publisher),
                SchedulerTasks.sessionSlot(supervision))
            .startTasks(
                SchedulerTasks.recurring(db, publisher, supervision, clock, timing, weekly, every))
            .schedulerName(timing::name)
            .threads(timing.threads())
            .pollingInterval(timing.pollInterval())
            .heartbeatInterval(Duration.ofSeconds(30))
            .clock(clock::instant)
            .enableImmediateExecution()
            .alwaysPersistTimestampInUTC()
            .build();
    scheduler.start();
    try {
      publisher.reconcile();
    } catch (RuntimeException e) {
      LOG.warn("reconcile at start failed: {}", e.getClass().getName());
    }
    return new TipScheduler(scheduler, publisher);
  }

  /** Asks the scheduler to look for due executions now (tests, and after a burst of schedules). */
  public void poke() {
    scheduler.triggerCheckForDueExecutions();
  }

  /** The publisher the slots post through. */
  public TipPublisher publisher() {
    return publisher;
  }

  /** Stops the scheduler, letting running executions finish. */
  @Override
  public void close() {
    scheduler.stop();
  }
}
