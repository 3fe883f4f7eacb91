package org.dpcoach.store;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import java.time.Instant;
import java.time.ZoneId;
import org.dpcoach.core.model.WeeklySlot;

/** A weekly wall-clock schedule for a recurring task (the next slot after the one that ran). */
record WeeklySchedule(WeeklySlot slot, ZoneId zone) implements Schedule {
  @Override
  public Instant getNextExecutionTime(ExecutionComplete done) {
    return slot.nextAfterFiring(done.getExecution().executionTime, done.getTimeDone(), zone);
  }

  @Override
  public Instant getInitialExecutionTime(Instant now) {
    return slot.next(now, zone);
  }

  @Override
  public boolean isDeterministic() {
    return true;
  }
}
