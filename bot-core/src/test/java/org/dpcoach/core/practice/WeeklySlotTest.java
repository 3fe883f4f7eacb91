package org.dpcoach.core.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dpcoach.core.model.WeeklySlot;
import org.junit.jupiter.api.Test;

class WeeklySlotTest {
  private static final ZoneId LONDON = PracticeSettings.LONDON;

  /** Fires a slot the way the timer does (each firing asks for the next after it) for a year. */
  private static List<ZonedDateTime> firings(WeeklySlot slot, Instant from, Instant until) {
    List<ZonedDateTime> out = new ArrayList<>();
    Instant next = slot.next(from, LONDON);
    while (next.isBefore(until)) {
      out.add(next.atZone(LONDON));
      next = slot.next(next, LONDON);
    }
    return out;
  }

  @Test
  void next_mondayMorningAcrossBothClockChanges_firesOnceEachWeekAt0930London() {
    Instant from = Instant.parse("2026-01-01T00:00:00Z");
    List<ZonedDateTime> fired =
        firings(WeeklySlot.parse("mon 09:30"), from, Instant.parse("2027-01-01T00:00:00Z"));

    assertThat(fired).hasSize(52);
    assertThat(fired)
        .allSatisfy(
            t -> {
              assertThat(t.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
              assertThat(t.toLocalTime()).isEqualTo(LocalTime.of(9, 30));
            });
    Map<Integer, Integer> perWeek = new HashMap<>();
    fired.forEach(t -> perWeek.merge(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 1, Integer::sum));
    assertThat(perWeek.values()).containsOnly(1);
    // the Mondays after the changes (29 March, 25 October 2026) are at 08:30 and 09:30 UTC
    assertThat(fired)
        .extracting(ZonedDateTime::toInstant)
        .contains(
            Instant.parse("2026-03-30T08:30:00Z"),
            Instant.parse("2026-10-26T09:30:00Z"),
            Instant.parse("2026-03-23T09:30:00Z"));
    for (int i = 1; i < fired.size(); i++) {
      assertThat(
              ChronoUnit.DAYS.between(fired.get(i - 1).toLocalDate(), fired.get(i).toLocalDate()))
          .isEqualTo(7);
    }
  }

  @Test
  void next_slotInsideTheChangeHour_firesOnceOnBothChangeSundays() {
    List<ZonedDateTime> fired =
        firings(
            WeeklySlot.parse("sun 01:30"),
            Instant.parse("2026-03-20T00:00:00Z"),
            Instant.parse("2026-11-02T00:00:00Z"));

    List<ZonedDateTime> spring =
        fired.stream().filter(t -> t.toLocalDate().equals(LocalDate.of(2026, 3, 29))).toList();
    List<ZonedDateTime> autumn =
        fired.stream().filter(t -> t.toLocalDate().equals(LocalDate.of(2026, 10, 25))).toList();
    assertThat(spring).hasSize(1);
    assertThat(spring.get(0).toLocalTime())
        .isEqualTo(LocalTime.of(2, 30)); // 01:30 does not exist that night
    assertThat(autumn).hasSize(1); // 01:30 happens twice that night; the slot fires at the first
    assertThat(autumn.get(0).toInstant()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    Map<Integer, Integer> perWeek = new HashMap<>();
    fired.forEach(t -> perWeek.merge(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 1, Integer::sum));
    assertThat(perWeek.values()).containsOnly(1);
  }

  @Test
  void parse_variousForms_readsDayAndTime() {
    assertThat(WeeklySlot.parse("Monday 9:30"))
        .isEqualTo(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 30)));
    assertThat(WeeklySlot.parse("thu 14:05").format()).isEqualTo("thu 14:05");
  }

  @Test
  void parse_badInput_saysWhatIsWrong() {
    assertThatThrownBy(() -> WeeklySlot.parse("someday 09:30"))
        .hasMessage("'someday' is not a day of the week");
    assertThatThrownBy(() -> WeeklySlot.parse("mon 25:00"))
        .hasMessage("'25:00' is not a time such as 09:30");
    assertThatThrownBy(() -> WeeklySlot.parse("mon"))
        .hasMessage("a slot is a day and a time, for example 'mon 09:30'");
  }

  @Test
  void next_rotation_givesEveryTipOnceBeforeAnyRepeats() {
    List<String> order = List.of("a", "b", "c");
    Map<String, Integer> counts = new HashMap<>();
    List<String> sent = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      String tip = TipLibrary.next(order, counts);
      counts.merge(tip, 1, Integer::sum);
      sent.add(tip);
    }
    assertThat(sent).containsExactly("a", "b", "c", "a", "b", "c", "a");
  }
}
