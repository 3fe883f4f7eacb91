package org.dpcoach.core.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PracticeSettingsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);

  @Test
  void builder_badArguments_throwAtOnceWithExactMessages() {
    assertThatThrownBy(() -> PracticeSettings.builder(null))
        .hasMessage("champions must not be null");
    PracticeSettings.Builder builder = PracticeSettings.builder(Champions.none());
    assertThatThrownBy(() -> builder.lease(Duration.ofSeconds(-1)))
        .hasMessage("lease must be positive");
    assertThatThrownBy(() -> builder.lease(null)).hasMessage("lease must not be null");
    assertThatThrownBy(() -> builder.zone(null)).hasMessage("zone must not be null");
    assertThatThrownBy(() -> builder.clock(null)).hasMessage("clock must not be null");
  }

  @Test
  void of_champions_londonSystemClockNoApprovalDefaultLease() {
    PracticeSettings settings = PracticeSettings.of(Champions.none());

    assertThat(settings.zone()).isEqualTo(PracticeSettings.LONDON);
    assertThat(settings.approvalRequired()).isFalse();
    assertThat(settings.lease()).isEqualTo(PracticeSettings.DEFAULT_LEASE);
  }

  @Test
  void toBuilder_changesOneValue_keepsTheOthers() {
    Champions champions = Champions.of(List.of("U1"));
    PracticeSettings first =
        PracticeSettings.builder(champions)
            .approvalRequired(true)
            .zone(ZoneId.of("Europe/Dublin"))
            .clock(CLOCK)
            .build();

    PracticeSettings second = first.toBuilder().lease(Duration.ofMinutes(2)).build();

    assertThat(second)
        .isEqualTo(
            new PracticeSettings(
                champions, true, ZoneId.of("Europe/Dublin"), CLOCK, Duration.ofMinutes(2)));
  }
}
