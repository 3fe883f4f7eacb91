package org.dpcoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.dpcoach.core.model.WeeklySlot;
import org.dpcoach.core.port.OutboxEntry;
import org.dpcoach.core.port.TipSchedule;
import org.dpcoach.core.practice.Champions;
import org.dpcoach.core.practice.PracticeSettings;
import org.dpcoach.core.practice.TipLibrary;
import org.dpcoach.core.practice.TipPublisher;
import org.dpcoach.testkit.MutableClock;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The posting path stopped dead at each point (an Error the publisher does not catch stands in for
 * kill -9 inside one JVM), then a fresh publisher starts on the same database: every tip is posted
 * exactly once.
 */
class OutboxCrashTest {
  static final Instant SLOT = Instant.parse("2026-11-23T09:30:00Z");

  /** Where the sender dies. */
  enum CrashPoint {
    AFTER_PLAN,
    AFTER_CLAIM,
    BEFORE_PLATFORM_ANSWERS,
    AFTER_PLATFORM_ANSWERS,
    AFTER_SENT
  }

  /** Stands in for the process dying. */
  static final class Crash extends Error {
    private static final long serialVersionUID = 1L;
  }

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(CrashPoint.class)
  void restartAfterCrash_atEachPoint_postsExactlyOnce(CrashPoint point) {
    MutableClock clock = new MutableClock(SLOT);
    PracticeSettings settings =
        PracticeSettings.builder(Champions.none())
            .clock(clock)
            .lease(Duration.ofMinutes(2))
            .build();
    FakePoster poster = new FakePoster();
    try (Database db = Database.open(Fixtures.h2(temp))) {
      db.schedules()
          .save(new TipSchedule("slack", "C1", WeeklySlot.parse("mon 09:30"), false, "U1", SLOT));
      TipPublisher first = publisher(db, poster, settings, "before-crash");
      String key = TipPublisher.slotKey("slack", "C1", SLOT);
      crash(point, db, first, poster, key);

      poster.beforePost = k -> {};
      poster.afterPost = k -> {};
      clock.advance(Duration.ofMinutes(3));
      TipPublisher restarted = publisher(db, poster, settings, "after-restart");
      restarted.reconcile();
      restarted.fire("slack", "C1", SLOT); // the timer's retry of the same slot finds it done

      assertThat(poster.perKey).containsExactly(Map.entry(key, 1));
      assertThat(db.outbox().find(key).orElseThrow().state()).isEqualTo(OutboxEntry.State.SENT);
      assertThat(db.outbox().find(key).orElseThrow().messageId())
          .contains(poster.posts.get(0).id());
    }
  }

  private static void crash(
      CrashPoint point, Database db, TipPublisher publisher, FakePoster poster, String key) {
    switch (point) {
      case AFTER_PLAN -> db.outbox().plan(key, "slack", "C1", SLOT, counts -> "tip-001", SLOT);
      case AFTER_CLAIM -> {
        db.outbox().plan(key, "slack", "C1", SLOT, counts -> "tip-001", SLOT);
        db.outbox().claim(key, "before-crash", SLOT);
      }
      case BEFORE_PLATFORM_ANSWERS -> {
        poster.beforePost =
            k -> {
              throw new Crash();
            };
        assertThat(catchThrowable(() -> publisher.fire("slack", "C1", SLOT)))
            .isInstanceOf(Crash.class);
      }
      case AFTER_PLATFORM_ANSWERS -> {
        poster.afterPost =
            k -> {
              throw new Crash();
            };
        assertThat(catchThrowable(() -> publisher.fire("slack", "C1", SLOT)))
            .isInstanceOf(Crash.class);
      }
      case AFTER_SENT -> publisher.fire("slack", "C1", SLOT);
    }
  }

  static TipPublisher publisher(
      Database db, FakePoster poster, PracticeSettings settings, String name) {
    return new TipPublisher(
        db.outbox(),
        db.schedules(),
        new TipLibrary(Fixtures.kb(), db.tips()),
        Map.of("slack", poster),
        settings,
        name);
  }
}
