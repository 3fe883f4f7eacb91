package org.dpcoach.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryTest {
  private final List<Duration> waits = new ArrayList<>();
  private final Retry retry = new Retry(waits::add);

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void run_notLimited_returnsTheResultWithoutWaiting() {
    AtomicInteger calls = new AtomicInteger();

    String result = retry.run("call", () -> Retry.done("ok-" + calls.incrementAndGet()));

    assertThat(result).isEqualTo("ok-1");
    assertThat(waits).isEmpty();
  }

  @Test
  void run_limitedOnce_waitsWhatRetryAfterAsksThenReturnsTheSecondResult() {
    AtomicInteger calls = new AtomicInteger();

    String result =
        retry.run(
            "call",
            () ->
                calls.incrementAndGet() == 1
                    ? Retry.limited("4", "gave up")
                    : Retry.done("ok-" + calls.get()));

    assertThat(result).isEqualTo("ok-2");
    assertThat(waits).containsExactly(Duration.ofSeconds(4));
  }

  @Test
  void run_alwaysLimited_givesUpAfterThreeAttemptsWithTheFallback() {
    AtomicInteger calls = new AtomicInteger();

    String result =
        retry.run(
            "call", () -> Retry.limited(calls.incrementAndGet() == 1 ? null : "3600", "gave up"));

    assertThat(result).isEqualTo("gave up");
    assertThat(calls).hasValue(Retry.ATTEMPTS);
    assertThat(waits).containsExactly(Duration.ofSeconds(1), Retry.MAX_WAIT);
  }

  @Test
  void run_interruptedWhileWaiting_givesUpAndKeepsTheInterrupt() {
    AtomicInteger calls = new AtomicInteger();
    Retry interrupted =
        new Retry(
            wait -> {
              throw new InterruptedException("stop");
            });

    String result =
        interrupted.run("call", () -> Retry.limited("1", "gave up-" + calls.incrementAndGet()));

    assertThat(result).isEqualTo("gave up-1");
    assertThat(calls).hasValue(1);
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }
}
