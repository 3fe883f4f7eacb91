package org.dpcoach.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  final RetryAfter oneToThirty = RetryAfter.between(Duration.ofSeconds(1), Duration.ofSeconds(30));

  @Test
  void parse_headerValues_boundedBetweenOneAndThirtySeconds() {
    assertThat(oneToThirty.parse("3")).isEqualTo(Duration.ofSeconds(3));
    assertThat(oneToThirty.parse("5")).isEqualTo(Duration.ofSeconds(5));
    assertThat(oneToThirty.parse(null)).isEqualTo(Duration.ofSeconds(1));
    assertThat(oneToThirty.parse("soon")).isEqualTo(Duration.ofSeconds(1));
    assertThat(oneToThirty.parse("0")).isEqualTo(Duration.ofSeconds(1));
    assertThat(oneToThirty.parse("3600")).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void parse_edgeValues_keptInBounds() {
    assertThat(oneToThirty.parse(" 7 ")).isEqualTo(Duration.ofSeconds(7));
    assertThat(oneToThirty.parse("30")).isEqualTo(Duration.ofSeconds(30));
    assertThat(oneToThirty.parse("-5")).isEqualTo(Duration.ofSeconds(1));
    assertThat(oneToThirty.parse("")).isEqualTo(Duration.ofSeconds(1));
    assertThat(oneToThirty.parse("1.5")).isEqualTo(Duration.ofSeconds(1));
    assertThat(oneToThirty.parse("99999999999999999999")).isEqualTo(Duration.ofSeconds(1));
    assertThat(oneToThirty.parse(Long.toString(Long.MAX_VALUE))).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void between_badBounds_refusedWithExactMessage() {
    assertThatThrownBy(() -> RetryAfter.between(Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("min must be positive");
    assertThatThrownBy(() -> RetryAfter.between(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max must not be less than min");
    assertThatThrownBy(() -> RetryAfter.between(null, Duration.ofSeconds(1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("min must not be null");
  }
}
