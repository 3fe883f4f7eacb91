package org.dpcoach.store;

import java.time.Duration;
import java.util.Objects;

/**
 * A job the {@link TipScheduler} runs every so often, on one instance at a time (the champions'
 * reminders).
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
