package org.dpcoach.teams;

import java.time.Duration;

/** Waits before a retry; tests record the wait instead of sleeping. */
@FunctionalInterface
interface Pause {
  Pause SLEEP = d -> Thread.sleep(d.toMillis());

  void pause(Duration wait) throws InterruptedException;
}
