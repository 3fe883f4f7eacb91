package org.dpcoach.store;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dpcoach.core.practice.SupervisionDesk;
import org.dpcoach.core.practice.TipPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The db-scheduler tasks the {@link TipScheduler} runs: the tip and session slots, the reconcile
 * step, the supervision tick, the retention purge, and the weekly and every-so-often jobs.
 */
final class SchedulerTasks {
  private static final Logger LOG = LoggerFactory.getLogger(TipScheduler.class);

  private SchedulerTasks() {}

  /** What a weekly slot does when it fires: the next firing, or empty to stop. */
  @FunctionalInterface
  private interface Firing {
    Optional<Instant> fire(String platform, String channel, Instant slot);
  }

  /** Each channel's weekly tip slot, posting through the publisher. */
  static CustomTask<Void> tipSlot(TipPublisher publisher) {
    return weekly(TipScheduler.SLOT_TASK, publisher::fire);
  }

  /** Each channel's recurring supervision session; nothing runs without a desk. */
  static CustomTask<Void> sessionSlot(SupervisionDesk supervision) {
    return weekly(
        TipScheduler.SESSION_TASK,
        (platform, channel, at) ->
            supervision == null ? Optional.empty() : supervision.fire(platform, channel, at));
  }

  /** The reconcile step, the supervision tick, the purge, then the given weekly and other jobs. */
  static List<RecurringTask<?>> recurring(
      Database db,
      TipPublisher publisher,
      SupervisionDesk supervision,
      Clock clock,
      TipScheduler.Timing timing,
      List<TipScheduler.Weekly> weekly,
      List<TipScheduler.Every> every) {
    List<RecurringTask<?>> recurring = new ArrayList<>();
    recurring.add(
        Tasks.recurring("dpcoach-reconcile", FixedDelay.of(timing.reconcileEvery()))
            .execute((instance, context) -> publisher.reconcile()));
    recurring.add(
        Tasks.recurring("dpcoach-supervision-tick", FixedDelay.ofSeconds(30))
            .execute(
                (instance, context) -> {
                  if (supervision != null) {
                    supervision.advanceDue();
                  }
                }));
    recurring.add(
        Tasks.recurring("dpcoach-retention", FixedDelay.ofHours(6))
            .execute(
                (instance, context) -> LOG.info("retention purge: {}", db.purge(clock.instant()))));
    weekly.forEach(w -> recurring.add(weeklyJob(w)));
    every.forEach(e -> recurring.add(everyJob(e)));
    return recurring;
  }

  private static RecurringTask<Void> weeklyJob(TipScheduler.Weekly w) {
    return Tasks.recurring(w.name(), new WeeklySchedule(w.slot(), w.zone()))
        .execute((instance, context) -> w.fire().accept(context.getExecution().executionTime));
  }

  private static RecurringTask<Void> everyJob(TipScheduler.Every e) {
    return Tasks.recurring(e.name(), FixedDelay.of(e.every()))
        .execute((instance, context) -> e.run().run());
  }

  /** A slot per {@code platform|channel} that reschedules itself for the next firing, if any. */
  private static CustomTask<Void> weekly(String name, Firing firing) {
    return Tasks.custom(name, Void.class)
        .execute(
            (instance, context) -> {
              String[] id = instance.getId().split("\\|", 2);
              Optional<Instant> next =
                  firing.fire(id[0], id[1], context.getExecution().executionTime);
              return (CompletionHandler<Void>)
                  (complete, operations) ->
                      next.ifPresentOrElse(
                          n -> operations.reschedule(complete, n), operations::remove);
            });
  }
}
