package org.dpcoach.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SeenIdsTest {
  final AtomicLong nanos = new AtomicLong();
  final SeenIds seen = new SeenIds(100, Duration.ofMinutes(10), nanos::get);

  @Test
  void claim_sameEventTwice_secondIsRefused() {
    assertThat(seen.claim("E1")).isTrue();
    assertThat(seen.claim("E1")).isFalse();
    assertThat(seen.claim("E2")).isTrue();
  }

  @Test
  void claim_afterRelease_isTakenOnAgain() {
    seen.claim("E1");
    seen.release("E1");
    assertThat(seen.claim("E1")).isTrue();
  }

  @Test
  void claim_afterTheKeepPeriod_isTakenOnAgain() {
    seen.claim("E1");
    nanos.addAndGet(Duration.ofMinutes(11).toNanos());
    assertThat(seen.claim("E1")).isTrue();
  }

  @Test
  void claim_noEventId_isAlwaysTakenOn() {
    assertThat(seen.claim(null)).isTrue();
    assertThat(seen.claim(null)).isTrue();
  }
}
