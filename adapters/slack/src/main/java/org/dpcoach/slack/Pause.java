package org.dpcoach.slack;

import java.time.Duration;

/** Waits; tests pass one that records the wait instead. */
@FunctionalInterface
interface Pause {

  /** The real thing: sleeps the current thread. */
  Pause SLEEP = duration -> Thread.sleep(duration.toMillis());

  void pause(Duration duration) throws InterruptedException;
}
