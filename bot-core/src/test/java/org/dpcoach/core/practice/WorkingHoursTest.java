package org.dpcoach.core.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {
  final WorkingHours office = WorkingHours.officeHours();

  @Test
  void oneDayAfter_duringTheWeek_sameTimeNextWorkingDay() {
    assertThat(office.oneDayAfter(Instant.parse("2026-11-24T10:00:00Z")))
        .isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
  }

  @Test
  void oneDayAfter_fridayAfternoon_carriesOverTheWeekend() {
    assertThat(office.oneDayAfter(Instant.parse("2026-11-27T15:00:00Z")))
        .isEqualTo(Instant.parse("2026-11-30T15:00:00Z"));
  }

  @Test
  void oneDayAfter_askedOutOfHours_countsFromTheNextOpening() {
    assertThat(office.oneDayAfter(Instant.parse("2026-11-28T20:00:00Z")))
        .isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
    assertThat(office.oneDayAfter(Instant.parse("2026-11-24T07:00:00Z")))
        .isEqualTo(Instant.parse("2026-11-24T17:00:00Z"));
  }

  @Test
  void oneDayAfter_summerTime_followsLondonWallClock() {
    assertThat(office.oneDayAfter(Instant.parse("2026-07-07T09:00:00Z")))
        .isEqualTo(Instant.parse("2026-07-08T09:00:00Z"));
  }

  @Test
  void parse_daysAndHours_readsThem() {
    WorkingHours hours = WorkingHours.parse("tue-thu 08:30-16:00", PracticeSettings.LONDON);
    assertThat(hours.days())
        .containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
    assertThat(hours.start().toString()).isEqualTo("08:30");
  }

  @Test
  void parse_badShape_saysWhatItShouldLookLike() {
    assertThatThrownBy(() -> WorkingHours.parse("weekdays", PracticeSettings.LONDON))
        .hasMessage("working hours look like 'mon-fri 09:00-17:00', not 'weekdays'");
    assertThatThrownBy(() -> WorkingHours.parse("mon-fri 17:00-09:00", PracticeSettings.LONDON))
        .hasMessage("working hours must start before they end");
  }
}
