package org.dpcoach.teams;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.port.ChannelPoster;
import org.dpcoach.core.port.TipTimer;
import org.dpcoach.core.practice.ChampionDesk;
import org.dpcoach.core.practice.ChampionPosts;
import org.dpcoach.core.practice.ChampionSettings;
import org.dpcoach.core.practice.Champions;
import org.dpcoach.core.practice.InMemoryPracticeStores;
import org.dpcoach.core.practice.InsightsDesk;
import org.dpcoach.core.practice.NationDesk;
import org.dpcoach.core.practice.NationSetting;
import org.dpcoach.core.practice.PracticeDesks;
import org.dpcoach.core.practice.PracticeSettings;
import org.dpcoach.core.practice.SupervisionDesk;
import org.dpcoach.core.practice.TipDesk;
import org.dpcoach.core.practice.TipLibrary;
import org.dpcoach.core.practice.TipPublisher;
import org.dpcoach.core.practice.WorkingHours;
import org.dpcoach.knowledge.Jurisdiction;
import org.dpcoach.store.Database;
import org.dpcoach.testkit.MutableClock;
import org.dpcoach.testkit.TestCoach;

/**
 * Tips and supervision over in-memory stores, wired as the app wires them around Teams' channel
 * poster, with a recording timer. Champions are Entra ID object ids, as Teams sends them.
 */
final class PracticeFixture {
  static final String CHAMPION = "champ";
  static final String SECOND_CHAMPION = "champ2";

  record Timed(String platform, String channel, Instant next) {}

  final InMemoryPracticeStores stores = new InMemoryPracticeStores();
  final List<Timed> timer = new CopyOnWriteArrayList<>();
  TipPublisher publisher;
  ChampionDesk champions;
  private Optional<Database> championsDb = Optional.empty();

  /** The champions' desk's clock: a Tuesday, 10:00 in London, until a test moves it. */
  final MutableClock championClock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));

  /** The Entra ID object id {@link Activities} gives a user. */
  static String aad(String user) {
    return "aad-" + user;
  }

  /** The desks around the given poster. */
  Optional<PracticeDesks> desks(ChannelPoster poster) {
    CoachEngine engine = TestCoach.engine();
    PracticeSettings practice =
        PracticeSettings.builder(Champions.of(List.of(aad(CHAMPION), aad(SECOND_CHAMPION))))
            .approvalRequired(true)
            .clock(Clock.systemUTC())
            .build();
    NationSetting nations = new NationSetting(stores.channelNations, Jurisdiction.ENGLAND);
    TipLibrary library = new TipLibrary(engine.knowledge(), stores.tipStore, nations);
    publisher =
        new TipPublisher(
            stores.outboxStore,
            stores.scheduleStore,
            library,
            Map.of(poster.platform(), poster),
            practice,
            "test");
    TipTimer recording = (platform, channel, next) -> timer.add(new Timed(platform, channel, next));
    TipDesk tips =
        new TipDesk(
            practice,
            stores.tipStore,
            stores.scheduleStore,
            recording,
            publisher,
            library,
            engine::topicOf,
            engine.guard());
    SupervisionDesk supervision =
        new SupervisionDesk(
            practice,
            engine.knowledge(),
            stores.sessionStore,
            Map.of(poster.platform(), poster),
            engine.guard(),
            (platform, channel, next) -> {},
            nations);
    return Optional.of(
        new PracticeDesks(
            tips,
            supervision,
            new NationDesk(practice, nations, engine.knowledge().dialogue()),
            InsightsDesk.off(practice.champions(), engine.knowledge().dialogue()),
            championsDb.map(db -> champions(db, poster, practice, engine))));
  }

  /** Asking a champion on a database (the champions' channel is set with "champions here"). */
  PracticeFixture withChampions(Database db) {
    championsDb = Optional.of(db);
    return this;
  }

  private ChampionDesk champions(
      Database db, ChannelPoster poster, PracticeSettings practice, CoachEngine engine) {
    TipPublisher posts =
        new TipPublisher(
                db.outbox(),
                db.schedules(),
                new TipLibrary(engine.knowledge(), db.tips()),
                Map.of(poster.platform(), poster),
                practice,
                "test")
            .withOtherPosts(
                new ChampionPosts(
                    db.championQuestions(), db.outbox(), engine.knowledge().dialogue()));
    champions =
        new ChampionDesk(
            new ChampionSettings(
                practice.champions(),
                Map.of(),
                WorkingHours.officeHours(),
                championClock,
                engine.knowledge().dialogue()),
            db.championQuestions(),
            db.outbox(),
            posts,
            engine::topicOf,
            engine.guard());
    return champions;
  }
}
