package org.dpcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dpcoach.core.model.WeeklySlot;
import org.dpcoach.core.port.TipSchedule;
import org.dpcoach.core.practice.Champions;
import org.dpcoach.core.practice.PracticeSettings;
import org.dpcoach.core.practice.TipPublisher;
import org.dpcoach.testkit.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A year of weekly firings through the publisher and the outbox, the clock moved by hand. */
class WeeklyFiringTest {
  @TempDir Path temp;

  @Test
  void
      fire_mondayMorningForAYearAcrossBothClockChanges_postsOnceEachWeekAndEveryTipBeforeRepeats() {
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    PracticeSettings settings = PracticeSettings.builder(Champions.none()).clock(clock).build();
    FakePoster poster = new FakePoster();
    try (Database db = Database.open(Fixtures.h2(temp))) {
      WeeklySlot slot = WeeklySlot.parse("mon 09:30");
      db.schedules().save(new TipSchedule("slack", "C1", slot, false, "U1", clock.instant()));
      TipPublisher publisher = OutboxCrashTest.publisher(db, poster, settings, "one");
      Instant next = slot.next(clock.instant(), settings.zone());
      Map<Integer, Integer> perWeek = new HashMap<>();
      while (next.isBefore(Instant.parse("2027-01-01T00:00:00Z"))) {
        clock.set(next.plusSeconds(2)); // the timer fires a moment late
        ZonedDateTime local = next.atZone(settings.zone());
        assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(9, 30));
        perWeek.merge(local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 1, Integer::sum);
        Instant fired = next;
        next = publisher.fire("slack", "C1", fired).orElseThrow();
        publisher.fire(
            "slack", "C1", fired); // a second instance firing the same slot changes nothing
      }

      assertThat(poster.posts).hasSize(52);
      assertThat(perWeek).hasSize(52);
      assertThat(perWeek.values()).containsOnly(1);
      List<String> titles = poster.posts.stream().map(p -> p.message().title()).toList();
      int library = Fixtures.kb().tips().size();
      assertThat(titles.subList(0, library)).doesNotHaveDuplicates();
      assertThat(titles.subList(library, 2 * library))
          .containsExactlyElementsOf(titles.subList(0, library));
    }
  }

  @Test
  void fire_pausedSchedule_postsNothingButKeepsTheNextSlot() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:30:00Z"));
    PracticeSettings settings = PracticeSettings.builder(Champions.none()).clock(clock).build();
    FakePoster poster = new FakePoster();
    try (Database db = Database.open(Fixtures.h2(temp))) {
      db.schedules()
          .save(
              new TipSchedule(
                  "slack", "C1", WeeklySlot.parse("mon 09:30"), true, "U1", clock.instant()));
      TipPublisher publisher = OutboxCrashTest.publisher(db, poster, settings, "one");

      assertThat(publisher.fire("slack", "C1", clock.instant()))
          .contains(Instant.parse("2026-11-30T09:30:00Z"));
      assertThat(poster.posts).isEmpty();
      assertThat(publisher.fire("slack", "C-gone", clock.instant())).isEmpty();
    }
  }
}
