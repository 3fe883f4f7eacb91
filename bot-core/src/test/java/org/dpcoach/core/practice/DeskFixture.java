package org.dpcoach.core.practice;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dpcoach.core.guard.HybridGuard;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.knowledge.Jurisdiction;
import org.dpcoach.knowledge.KnowledgeBase;

/**
 * The practice desks over in-memory stores and a collecting poster, wired as the app wires them,
 * behind the core's in-port; champions {@value #CHAMPION} and {@value #SECOND_CHAMPION}, approval
 * on, the clock fixed on Monday 1 June 2026, 09:00 in London.
 */
final class DeskFixture {
  static final KnowledgeBase KB = KnowledgeBase.loader().load();
  static final PersonalDataGuard GUARD =
      HybridGuard.create(
          KB, Optional.of(Path.of(System.getProperty("dpcoach.modelCache", "target/model-cache"))));
  static final String PLATFORM = "chat";
  static final String CHAMPION = "champ";
  static final String SECOND_CHAMPION = "champ2";
  static final String MEMBER = "member";
  static final String CHANNEL = "C-NORTH";
  static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
  static final Surface SURFACE =
      new Surface(
          "@coach ",
          "a personal chat",
          "mention me there",
          typed -> typed.startsWith("#C-") ? Optional.of(typed.substring(1)) : Optional.empty());

  /** A timer firing: for which channel, and when next. */
  record Timed(String platform, String channel, Instant next) {}

  final InMemoryPracticeStores stores = new InMemoryPracticeStores();
  final CollectingPoster poster = new CollectingPoster(PLATFORM);
  final List<Timed> timer = new CopyOnWriteArrayList<>();
  final PracticeDesks desks;
  final PracticeDesk desk;

  DeskFixture() {
    PracticeSettings settings =
        PracticeSettings.builder(Champions.of(List.of(CHAMPION, SECOND_CHAMPION)))
            .approvalRequired(true)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build();
    NationSetting nations = new NationSetting(stores.channelNations, Jurisdiction.ENGLAND);
    TipLibrary library = new TipLibrary(KB, stores.tipStore, nations);
    TipPublisher publisher =
        new TipPublisher(
            stores.outboxStore,
            stores.scheduleStore,
            library,
            Map.of(PLATFORM, poster),
            settings,
            "test");
    TipDesk tips =
        new TipDesk(
            settings,
            stores.tipStore,
            stores.scheduleStore,
            (platform, channel, next) -> timer.add(new Timed(platform, channel, next)),
            publisher,
            library,
            text ->
                text.contains("friend request") ? Optional.of("friend-requests") : Optional.empty(),
            GUARD);
    SupervisionDesk supervision =
        new SupervisionDesk(
            settings,
            KB,
            stores.sessionStore,
            Map.of(PLATFORM, poster),
            GUARD,
            (platform, channel, next) -> timer.add(new Timed(platform, channel, next)),
            nations);
    desks = new PracticeDesks(tips, supervision, new NationDesk(settings, nations, KB.dialogue()));
    desk = new PracticeDesk(Optional.of(desks), KB.dialogue(), SURFACE);
  }

  /** Who acts in the fixture's channel. */
  static Caller in(String user) {
    return new Caller(PLATFORM, user, CHANNEL);
  }

  /** Types a command in the fixture's channel; the answer as plain text. */
  String say(String user, String typed) {
    PracticeCommand command = PracticeCommand.parse(typed).orElseThrow();
    return desk.run(in(user), command, false, "req-" + typed).message().plainText();
  }
}
