package org.dpcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.guard.Redaction;
import org.dpcoach.core.model.WeeklySlot;
import org.dpcoach.core.port.Session;
import org.dpcoach.core.port.SessionSchedule;
import org.dpcoach.core.practice.Caller;
import org.dpcoach.core.practice.Champions;
import org.dpcoach.core.practice.ChannelResolver;
import org.dpcoach.core.practice.DeskReply;
import org.dpcoach.core.practice.PracticeSettings;
import org.dpcoach.core.practice.SupervisionDesk;
import org.dpcoach.core.practice.TipLibrary;
import org.dpcoach.core.practice.TipPublisher;
import org.dpcoach.testkit.MutableClock;
import org.dpcoach.testkit.Poll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recurring group-supervision sessions: only champions schedule them, each slot starts one session
 * however often it fires (two instances, a retried execution), a channel goes through every
 * scenario before repeating one, and a paused schedule starts nothing.
 */
class RecurringSupervisionTest {
  static final PersonalDataGuard NOTHING_FOUND = text -> new Redaction(text, List.of());
  static final ChannelResolver CHANNELS =
      typed -> typed.startsWith("#C") ? Optional.of(typed.substring(1)) : Optional.empty();
  static final String CHAMPION = "UCHAMP";

  @TempDir Path temp;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void schedule_onlyChampions_thenEachSlotStartsOneSessionAndScenariosTakeTurns(String vendor)
      throws Exception {
    StoreSettings settings = vendor.equals("h2") ? Fixtures.h2(temp) : Fixtures.postgres();
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    FakePoster poster = new FakePoster();
    try (Database a = Database.open(settings);
        Database b = Database.open(settings)) {
      SupervisionDesk one = desk(a, clock, poster);
      SupervisionDesk two = desk(b, clock, poster);

      DeskReply refused =
          one.handle(new Caller("slack", "UMEMBER", "C9"), "schedule here thu 14:00", CHANNELS);
      assertThat(refused.changed()).isFalse();
      assertThat(refused.message().plainText()).contains("only the digital champions");
      assertThat(a.sessions().findSchedule("slack", "C9")).isEmpty();

      DeskReply scheduled =
          one.handle(new Caller("slack", CHAMPION, "C1"), "schedule #C9 thu 14:00", CHANNELS);
      assertThat(scheduled.changed()).isTrue();
      assertThat(scheduled.message().plainText())
          .contains("every thu 14:00", "Thursday 26 November 2026, 14:00");
      assertThat(ExactlyOnceTest.count(a, "SELECT COUNT(*) FROM scheduled_tasks"))
          .as("the slot is written to db-scheduler's table")
          .isEqualTo(1);

      Instant slot = Instant.parse("2026-11-26T14:00:00Z");
      List<String> scenarios = new java.util.ArrayList<>();
      for (int week = 0; week < 3; week++) {
        Instant at = slot.plus(Duration.ofDays(7L * week));
        clock.set(at.plusSeconds(2));
        Optional<Instant> next = one.fire("slack", "C9", at);
        assertThat(two.fire("slack", "C9", at)).isEqualTo(next);
        assertThat(one.fire("slack", "C9", at)).as("a retried firing").isEqualTo(next);
        assertThat(next).contains(at.plus(Duration.ofDays(7)));
        List<FakePoster.Posted> started =
            poster.posts.stream().filter(p -> p.message().title().startsWith("Group")).toList();
        assertThat(started).as("week %d", week).hasSize(week + 1);
        scenarios.add(started.get(week).message().title());
      }
      assertThat(scenarios.subList(0, 2)).doesNotHaveDuplicates();
      assertThat(scenarios.get(2)).isEqualTo(scenarios.get(0));
      Session first = a.sessions().find(1).orElseThrow();
      assertThat(first.facilitator()).isEqualTo(CHAMPION);
      assertThat(first.thread()).isPresent();

      assertThat(
              one.handle(new Caller("slack", CHAMPION, "C9"), "pause", CHANNELS).message().title())
          .isEqualTo("Supervision paused");
      Instant paused = slot.plus(Duration.ofDays(21));
      clock.set(paused.plusSeconds(1));
      assertThat(one.fire("slack", "C9", paused)).contains(paused.plus(Duration.ofDays(7)));
      assertThat(poster.posts.stream().filter(p -> p.message().title().startsWith("Group")))
          .hasSize(3);
      assertThat(
              one.handle(new Caller("slack", CHAMPION, "C9"), "list", CHANNELS)
                  .message()
                  .plainText())
          .contains("a session every thu 14:00", "paused");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void twoSchedulers_20RecurringSessionsDueTogether_eachStartedOnce(String vendor)
      throws Exception {
    StoreSettings settings = vendor.equals("h2") ? Fixtures.h2(temp) : Fixtures.postgres();
    Clock clock = Clock.systemUTC();
    FakePoster poster = new FakePoster();
    int channels = 20;
    try (Database a = Database.open(settings);
        Database b = Database.open(settings)) {
      Instant due = clock.instant().truncatedTo(ChronoUnit.MINUTES);
      ZonedDateTime local = due.atZone(PracticeSettings.LONDON);
      WeeklySlot slot = new WeeklySlot(local.getDayOfWeek(), local.toLocalTime());
      for (int i = 0; i < channels; i++) {
        a.sessions()
            .saveSchedule(
                new SessionSchedule(
                    "slack", "C" + i, slot, Optional.empty(), false, false, CHAMPION, due));
      }
      try (TipScheduler x = scheduler(a, clock, poster, "instance-a");
          TipScheduler y = scheduler(b, clock, poster, "instance-b")) {
        TipScheduler.Timer timer = TipScheduler.timer(a);
        for (int i = 0; i < channels; i++) {
          timer.scheduleSession("slack", "C" + i, due);
        }
        x.poke();
        y.poke();
        // no duplicate can show up once every session slot has moved to next week
        assertThat(
                Poll.until(
                    Duration.ofSeconds(60),
                    () -> ExactlyOnceTest.settled(a, TipScheduler.SESSION_TASK, due) == channels))
            .as("every session slot done and rescheduled")
            .isTrue();
        Map<String, Long> perChannel =
            poster.posts.stream()
                .collect(
                    java.util.stream.Collectors.groupingBy(
                        FakePoster.Posted::channel, java.util.stream.Collectors.counting()));
        System.err.printf(
            "recurring supervision [%s]: %d channels due together, %d sessions posted, max per channel %d%n",
            vendor,
            channels,
            poster.posts.size(),
            perChannel.values().stream().mapToLong(Long::longValue).max().orElse(0));
        assertThat(perChannel).hasSize(channels);
        assertThat(perChannel.values()).containsOnly(1L);
        assertThat(ExactlyOnceTest.count(a, "SELECT COUNT(*) FROM supervision_session"))
            .isEqualTo(channels);
      }
    }
  }

  private static TipScheduler scheduler(Database db, Clock clock, FakePoster poster, String name) {
    PracticeSettings practice = PracticeSettings.builder(Champions.none()).clock(clock).build();
    TipPublisher publisher =
        new TipPublisher(
            db.outbox(),
            db.schedules(),
            new TipLibrary(Fixtures.kb(), db.tips()),
            Map.of("slack", poster),
            practice,
            name);
    SupervisionDesk desk =
        new SupervisionDesk(
            practice,
            Fixtures.kb(),
            db.sessions(),
            Map.of("slack", poster),
            NOTHING_FOUND,
            TipScheduler.timer(db));
    return TipScheduler.start(
        db,
        publisher,
        desk,
        clock,
        new TipScheduler.Timing(name, Duration.ofMillis(100), Duration.ofMinutes(1), 4));
  }

  private static SupervisionDesk desk(Database db, Clock clock, FakePoster poster) {
    return new SupervisionDesk(
        PracticeSettings.builder(Champions.of(List.of(CHAMPION))).clock(clock).build(),
        Fixtures.kb(),
        db.sessions(),
        Map.of("slack", poster),
        NOTHING_FOUND,
        TipScheduler.timer(db));
  }
}
