package org.dpcoach.core.port;

import java.util.List;
import java.util.Optional;

/** Each channel's weekly tip schedule (one per channel). */
public interface ScheduleStore {

  /** Creates or replaces the channel's schedule. */
  void save(TipSchedule schedule);

  /** The channel's schedule, if any. */
  Optional<TipSchedule> find(String platform, String channel);

  /** Every schedule. */
  List<TipSchedule> all();

  /** Pauses or resumes; false when the channel has no schedule. */
  boolean paused(String platform, String channel, boolean paused);
}
