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
import org.dpcoach.knowledge.Dialogue;
import org.dpcoach.store.Database;
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
      Posting posting = posting(engine, config, db, posters, clock, insights);
      ChampionDesk champions = champions(engine, config, db, posting.publisher(), clock);
      TipScheduler.Timer timer = TipScheduler.timer(db);
      SupervisionDesk supervision =
          new SupervisionDesk(
              posting.settings(),
              engine.knowledge(),
              db.sessions(),
              posters,
              engine.guard(),
              timer,
              posting.nations());
      TipScheduler scheduler = scheduler(db, posting, supervision, champions, clock);
      InsightsDesk insightsDesk = insightsDesk(engine, config, insights, posting.settings());
      TipDesk tips = tipDesk(engine, db, posting, timer);
      NationDesk nationDesk =
          new NationDesk(posting.settings(), posting.nations(), engine.knowledge().dialogue());
      return new Running(
          db,
          scheduler,
          new PracticeDesks(tips, supervision, nationDesk, insightsDesk, Optional.of(champions)));
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /**
   * What the desks share for posting: the settings, this instance's name, the channels' nations,
   * the tip library, the insights digest (if any) and the publisher.
   */
  private record Posting(
      PracticeSettings settings,
      String name,
      NationSetting nations,
      TipLibrary library,
      Optional<InsightsDigest> digest,
      TipPublisher publisher) {}

  private static Posting posting(
      CoachEngine engine,
      PracticeConfig config,
      Database db,
      Map<String, ChannelPoster> posters,
      Clock clock,
      Optional<Insights> insights) {
    PracticeSettings settings =
        PracticeSettings.builder(config.champions())
            .approvalRequired(config.approval())
            .clock(clock)
            .build();
    String name = ManagementFactory.getRuntimeMXBean().getName();
    NationSetting nations =
        new NationSetting(db.channelNations(), engine.settings().jurisdiction());
    TipLibrary library = new TipLibrary(engine.knowledge(), db.tips(), nations);
    Optional<InsightsDigest> digest = insights.map(i -> i.digest(engine.settings().jurisdiction()));
    TipPublisher publisher = publisher(engine, db, posters, settings, name, library, digest);
    return new Posting(settings, name, nations, library, digest, publisher);
  }

  /** Starts the scheduler: tips, supervision, the digest and the champions' reminders. */
  private static TipScheduler scheduler(
      Database db,
      Posting posting,
      SupervisionDesk supervision,
      ChampionDesk champions,
      Clock clock) {
    return TipScheduler.start(
        db,
        posting.publisher(),
        supervision,
        clock,
        TipScheduler.Timing.defaults(posting.name()),
        weekly(posting.digest(), posting.settings(), db, posting.publisher()),
        List.of(
            new TipScheduler.Every(
                "dpcoach-champion-reminders", Duration.ofMinutes(1), champions::tick)));
  }

  private static TipDesk tipDesk(
      CoachEngine engine, Database db, Posting posting, TipScheduler.Timer timer) {
    return new TipDesk(
        posting.settings(),
        db.tips(),
        db.schedules(),
        timer,
        posting.publisher(),
        posting.library(),
        engine::topicOf,
        engine.guard());
  }

  /** The publisher of tips, which also posts the champions' posts and the insights digest. */
  private static TipPublisher publisher(
      CoachEngine engine,
      Database db,
      Map<String, ChannelPoster> posters,
      PracticeSettings settings,
      String name,
      TipLibrary library,
      Optional<InsightsDigest> digest) {
    OutboxMessages digestPosts = entry -> digest.flatMap(d -> d.message(entry));
    return new TipPublisher(db.outbox(), db.schedules(), library, posters, settings, name)
        .withOtherPosts(
            new ChampionPosts(db.championQuestions(), db.outbox(), engine.knowledge().dialogue())
                .or(digestPosts));
  }

  /** The insights digest's weekly job, when there are insights. */
  private static List<TipScheduler.Weekly> weekly(
      Optional<InsightsDigest> digest,
      PracticeSettings settings,
      Database db,
      TipPublisher publisher) {
    return digest
        .map(
            d ->
                List.of(
                    new TipScheduler.Weekly(
                        InsightsDigest.TASK,
                        InsightsDigest.SLOT,
                        settings.zone(),
                        slot -> d.fire(slot, db.outbox(), publisher))))
        .orElse(List.of());
  }

  /** Links champions to the insights page, or says it is off. */
  private static InsightsDesk insightsDesk(
      CoachEngine engine,
      PracticeConfig config,
      Optional<Insights> insights,
      PracticeSettings settings) {
    Dialogue dialogue = engine.knowledge().dialogue();
    return insights
        .map(
            i ->
                new InsightsDesk(
                    config.champions(), i.links(), settings.zone(), i::rememberChampion, dialogue))
        .orElseGet(() -> InsightsDesk.off(config.champions(), dialogue));
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
