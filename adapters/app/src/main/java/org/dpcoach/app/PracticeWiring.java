package org.dpcoach.app;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.dpcoach.insights.Insights;
import org.dpcoach.insights.InsightsDigest;
import org.dpcoach.store.Database;
import org.dpcoach.store.TipScheduler;

/**
 * Wiring for tips, supervision and insights: the database, the publisher (which also posts the
 * insights digest), the desks and the scheduler.
 */
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
      Optional<Insights> insights) {
    try {
      PracticeSettings settings =
          PracticeSettings.builder(config.champions())
              .approvalRequired(config.approval())
              .clock(clock)
              .build();
      String name = ManagementFactory.getRuntimeMXBean().getName();
      NationSetting nations =
          new NationSetting(db.channelNations(), engine.settings().jurisdiction());
      TipLibrary library = new TipLibrary(engine.knowledge(), db.tips(), nations);
      Optional<InsightsDigest> digest =
          insights.map(i -> i.digest(engine.settings().jurisdiction()));
      TipPublisher publisher =
          new TipPublisher(db.outbox(), db.schedules(), library, posters, settings, name)
              .withOtherPosts(entry -> digest.flatMap(d -> d.message(entry)));
      TipScheduler.Timer timer = TipScheduler.timer(db);
      SupervisionDesk supervision =
          new SupervisionDesk(
              settings, engine.knowledge(), db.sessions(), posters, engine.guard(), timer, nations);
      List<TipScheduler.Weekly> weekly =
          digest
              .map(
                  d ->
                      List.of(
                          new TipScheduler.Weekly(
                              InsightsDigest.TASK,
                              InsightsDigest.SLOT,
                              settings.zone(),
                              slot -> d.fire(slot, db.outbox(), publisher))))
              .orElse(List.of());
      TipScheduler scheduler =
          TipScheduler.start(
              db, publisher, supervision, clock, TipScheduler.Timing.defaults(name), weekly);
      InsightsDesk insightsDesk =
          insights
              .map(
                  i ->
                      new InsightsDesk(
                          config.champions(), i.links(), settings.zone(), i::rememberChampion))
              .orElseGet(() -> InsightsDesk.off(config.champions()));
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
          new PracticeDesks(tips, supervision, new NationDesk(settings, nations), insightsDesk));
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }
}
