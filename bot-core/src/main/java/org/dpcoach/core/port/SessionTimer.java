package org.dpcoach.core.port;

import java.time.Instant;

/** Fires a channel's weekly supervision slot; the adapter calls back into the supervision desk. */
@FunctionalInterface
public interface SessionTimer {

  /** Sets (or moves) the channel's next session start. */
  void scheduleSession(String platform, String channel, Instant next);
}
