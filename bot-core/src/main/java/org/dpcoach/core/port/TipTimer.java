package org.dpcoach.core.port;

import java.time.Instant;

/** Fires a channel's weekly slot; the adapter calls back into the tip publisher when it is due. */
public interface TipTimer {

  /** Sets (or moves) the channel's next firing. */
  void schedule(String platform, String channel, Instant next);
}
