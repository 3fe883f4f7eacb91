package org.dpcoach.app;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.port.ChannelPoster;
import org.dpcoach.core.port.OutboxMessages;
import org.dpcoach.core.practice.ChampionDesk;
import org.dpcoach.core.practice.ChampionPosts;
import org.dpcoach.core.practice.ChampionSettings;
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
import org.dpcoach.store.Every;
import org.dpcoach.store.TipScheduler;

/**
 * Wiring for tips, supervision, insights and questions to the champions: the database, the
 * publisher (which also posts the insights digest and the champions' posts), the desks and the
 * scheduler (which also sends the champions' reminders).
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
      OutboxMessages digestPosts = entry -> digest.flatMap(d -> d.message(entry));
      TipPublisher publisher =
          new TipPublisher(db.outbox(), db.schedules(), library, posters, settings, name)
              .withOtherPosts(
                  new ChampionPosts(
                          db.championQuestions(), db.outbox(), engine.knowledge().dialogue())
                      .or(digestPosts));
      ChampionDesk champions = champions(engine, config, db, publisher, clock);
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
              db,
              publisher,
              supervision,
              clock,
              TipScheduler.Timing.defaults(name),
              weekly,
              List.of(
                  new Every("dpcoach-champion-reminders", Duration.ofMinutes(1), champions::tick)));
      InsightsDesk insightsDesk =
          insights
              .map(
                  i ->
                      new InsightsDesk(
                          config.champions(),
                          i.links(),
                          settings.zone(),
                          i::rememberChampion,
                          engine.knowledge().dialogue()))
              .orElseGet(() -> InsightsDesk.off(config.champions(), engine.knowledge().dialogue()));
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
          new PracticeDesks(
              tips,
              supervision,
              new NationDesk(settings, nations, engine.knowledge().dialogue()),
              insightsDesk,
              Optional.of(champions)));
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** Questions to the champions: Slack's channel from the settings, Teams' as a champion set it. */
  private static ChampionDesk champions(
      CoachEngine engine, PracticeConfig config, Database db, TipPublisher publisher, Clock clock) {
    return new ChampionDesk(
        new ChampionSettings(
            config.champions(),
            config.championsChannel().map(c -> Map.of("slack", c)).orElse(Map.of()),
            config.hours(),
            clock,
            engine.knowledge().dialogue()),
        db.championQuestions(),
        db.outbox(),
        publisher,
        engine::topicOf,
        engine.guard());
  }
}
