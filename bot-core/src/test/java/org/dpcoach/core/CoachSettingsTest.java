package org.dpcoach.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dpcoach.knowledge.Jurisdiction;
import org.junit.jupiter.api.Test;

class CoachSettingsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);

  @Test
  void builder_badArguments_throwAtOnceWithExactMessages() {
    assertThatThrownBy(() -> CoachSettings.builder().jurisdiction(null))
        .hasMessage("jurisdiction must not be null");
    assertThatThrownBy(() -> CoachSettings.builder().clock(null))
        .hasMessage("clock must not be null");
    assertThatThrownBy(() -> CoachSettings.builder().modelCache(null))
        .hasMessage("model cache must not be null");
    assertThatThrownBy(() -> CoachSettings.builder().contextTtl(Duration.ZERO))
        .hasMessage("context ttl must be positive");
    assertThatThrownBy(() -> CoachSettings.builder().contextCapacity(0))
        .hasMessage("context capacity must be positive");
    assertThatThrownBy(() -> CoachSettings.builder().thresholds(null))
        .hasMessage("thresholds must not be null");
  }

  @Test
  void builder_unset_isTheDefaults() {
    CoachSettings settings = CoachSettings.defaults();

    assertThat(settings.jurisdiction()).isEqualTo(Jurisdiction.ENGLAND);
    assertThat(settings.modelCache()).isEmpty();
    assertThat(settings.contextTtl()).isEqualTo(Duration.ofMinutes(30));
    assertThat(settings.contextCapacity()).isEqualTo(10_000);
  }

  @Test
  void toBuilder_changesOneValue_keepsTheOthers() {
    CoachSettings first =
        CoachSettings.builder()
            .jurisdiction(Jurisdiction.WALES)
            .clock(CLOCK)
            .modelCache(Path.of("models"))
            .contextTtl(Duration.ofMinutes(5))
            .contextCapacity(7)
            .build();

    CoachSettings second = first.toBuilder().jurisdiction(Jurisdiction.SCOTLAND).build();

    assertThat(second)
        .isEqualTo(
            new CoachSettings(
                Jurisdiction.SCOTLAND,
                CLOCK,
                java.util.Optional.of(Path.of("models")),
                Duration.ofMinutes(5),
                7,
                first.thresholds()));
  }
}
