package org.dpcoach.app;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Map;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.port.ChannelPoster;
import org.dpcoach.core.practice.InsightsDesk;
import org.dpcoach.core.practice.NationDesk;
import org.dpcoach.core.practice.NationSetting;
import org.dpcoach.core.practice.PracticeDesks;
import org.dpcoach.core.practice.PracticeSettings;
import org.dpcoach.core.practice.SupervisionDesk;
import org.dpcoach.core.practice.TipDesk;
import org.dpcoach.core.practice.TipLibrary;
import org.dpcoach.core.practice.TipPublisher;
import org.dpcoach.store.Database;
import org.dpcoach.store.TipScheduler;

/** Wiring for tips and supervision: the database, the publisher, the desks and the scheduler. */
final class PracticeWiring {
  private PracticeWiring() {}

  /** The running parts; closing stops the scheduler, then the database. */
  record Running(Database db, TipScheduler scheduler, PracticeDesks desks)
      implements AutoCloseable {
    @Override
    public void close() {
      scheduler.close();
      db.close();
    }
  }

  /** Starts on an open database, which {@link Running#close()} closes; closes it on failure. */
  static Running start(
      CoachEngine engine,
      PracticeConfig config,
      Database db,
      Map<String, ChannelPoster> posters,
      Clock clock,
      InsightsDesk insights) {
    try {
      PracticeSettings settings =
          PracticeSettings.of(config.champions()).withApproval(config.approval()).withClock(clock);
      String name = ManagementFactory.getRuntimeMXBean().getName();
      NationSetting nations =
          new NationSetting(db.channelNations(), engine.settings().jurisdiction());
      TipLibrary library = new TipLibrary(engine.knowledge(), db.tips(), nations);
      TipPublisher publisher =
          new TipPublisher(db.outbox(), db.schedules(), library, posters, settings, name);
      TipScheduler.Timer timer = TipScheduler.timer(db);
      SupervisionDesk supervision =
          new SupervisionDesk(
              settings, engine.knowledge(), db.sessions(), posters, engine.guard(), timer, nations);
      TipScheduler scheduler =
          TipScheduler.start(db, publisher, supervision, clock, TipScheduler.Timing.defaults(name));
      TipDesk tips =
          new TipDesk(
              settings,
              db.tips(),
              db.schedules(),
              timer,
              publisher,
              library,
              engine::topicOf,
              engine.guard());
      return new Running(
          db,
          scheduler,
          new PracticeDesks(tips, supervision, new NationDesk(settings, nations), insights));
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }
}
