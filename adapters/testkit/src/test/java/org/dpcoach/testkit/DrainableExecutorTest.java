package org.dpcoach.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DrainableExecutorTest {

  @Test
  void awaitIdle_taskRunning_waitsForItToFinish() throws InterruptedException {
    DrainableExecutor executor =
        new DrainableExecutor(
            new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new SynchronousQueue<>()));
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger ran = new AtomicInteger();
    executor.execute(
        () -> {
          awaitQuietly(release);
          ran.incrementAndGet();
        });

    assertThat(executor.awaitIdle(Duration.ofMillis(50))).isFalse();
    release.countDown();
    assertThat(executor.awaitIdle(Duration.ofSeconds(10))).isTrue();
    assertThat(ran).hasValue(1);
    executor.shutdownNow();
  }

  @Test
  void execute_poolRejects_rethrowsAndStaysIdle() throws InterruptedException {
    DrainableExecutor executor =
        new DrainableExecutor(
            new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new SynchronousQueue<>()));
    CountDownLatch release = new CountDownLatch(1);
    executor.execute(() -> awaitQuietly(release));

    assertThatThrownBy(() -> executor.execute(() -> {}))
        .isInstanceOf(RejectedExecutionException.class);
    release.countDown();
    assertThat(executor.awaitIdle(Duration.ofSeconds(10))).isTrue();
    assertThat(executor.submitted()).isEqualTo(1);
    executor.shutdownNow();
  }

  @Test
  void awaitIdle_nothingHandedIn_returnsAtOnce() throws InterruptedException {
    DrainableExecutor executor =
        new DrainableExecutor(
            new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new SynchronousQueue<>()));

    assertThat(executor.awaitIdle(Duration.ZERO)).isTrue();
    executor.shutdownNow();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
