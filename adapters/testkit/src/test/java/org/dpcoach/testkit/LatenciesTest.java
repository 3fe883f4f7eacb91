package org.dpcoach.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void percentileMs_nearestRank_inMilliseconds() {
    List<Long> micros = List.of(1_000L, 2_000L, 3_000L, 4_000L, 100_000L);

    assertThat(Latencies.percentileMs(micros, 50)).isEqualTo(3.0);
    assertThat(Latencies.percentileMs(micros, 95)).isEqualTo(100.0);
    assertThat(Latencies.percentileMs(micros, 1)).isEqualTo(1.0);
    assertThat(Latencies.percentileMs(micros, 100)).isEqualTo(100.0);
  }

  @Test
  void percentileMs_none_isZero() {
    assertThat(Latencies.percentileMs(List.of(), 99)).isZero();
    assertThat(Latencies.summary(List.of()))
        .isEqualTo(String.format("p50=%.2f p95=%.2f p99=%.2f max=%.2f", 0.0, 0.0, 0.0, 0.0));
  }

  @Test
  void since_recordsAndSorts() {
    Latencies latencies = new Latencies();
    long now = System.nanoTime();
    latencies.since(now);
    latencies.since(now - 5_000_000);

    assertThat(latencies.size()).isEqualTo(2);
    assertThat(latencies.sortedMicros()).isSorted();
    assertThat(latencies.sortedMicros().get(1)).isGreaterThanOrEqualTo(5_000L);
    latencies.clear();
    assertThat(latencies.size()).isZero();
  }

  @Test
  void loadQuestions_at_cyclesInOrder() {
    assertThat(LoadQuestions.at(6)).isEqualTo(LoadQuestions.at(0));
    assertThat(LoadQuestions.at(1)).isNotEqualTo(LoadQuestions.at(0));
  }
}
