package org.dpcoach.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {

  @Test
  void create_threads_areDaemonsNamedAfterThePool() throws Exception {
    ExecutorService pool = WorkerPool.create("dpcoach-test", 2, 4);
    AtomicReference<Thread> seen = new AtomicReference<>();
    pool.submit(() -> seen.set(Thread.currentThread())).get(5, TimeUnit.SECONDS);

    assertThat(seen.get().getName()).isEqualTo("dpcoach-test-1");
    assertThat(seen.get().isDaemon()).isTrue();
    WorkerPool.shutdown(pool, Duration.ofSeconds(5));
  }

  @Test
  void create_fullQueue_refusesMoreWork() {
    ExecutorService pool = WorkerPool.create("dpcoach-test", 1, 1);
    CountDownLatch release = new CountDownLatch(1);
    try {
      pool.execute(() -> await(release)); // the worker
      pool.execute(() -> {}); // the one queue slot

      assertThatThrownBy(() -> pool.execute(() -> {}))
          .isInstanceOf(RejectedExecutionException.class);
    } finally {
      release.countDown();
      WorkerPool.shutdown(pool, Duration.ofSeconds(5));
    }
  }

  @Test
  void shutdown_queuedWork_finishesWithinTheTimeout() {
    ExecutorService pool = WorkerPool.create("dpcoach-test", 1, 10);
    CountDownLatch ran = new CountDownLatch(3);
    for (int i = 0; i < 3; i++) {
      pool.execute(ran::countDown);
    }

    assertThat(WorkerPool.shutdown(pool, Duration.ofSeconds(5))).isTrue();
    assertThat(ran.getCount()).isZero();
    assertThat(pool.isTerminated()).isTrue();
  }

  @Test
  void shutdown_stuckWork_isInterruptedAfterTheTimeout() throws Exception {
    ExecutorService pool = WorkerPool.create("dpcoach-test", 1, 1);
    CountDownLatch interrupted = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    pool.execute(
        () -> {
          started.countDown();
          try {
            new CountDownLatch(1).await();
          } catch (InterruptedException e) {
            interrupted.countDown();
          }
        });
    started.await(5, TimeUnit.SECONDS);

    assertThat(WorkerPool.shutdown(pool, Duration.ofMillis(50))).isFalse();
    assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void shutdown_callerInterrupted_stopsAtOnceAndKeepsTheInterrupt() throws Exception {
    ExecutorService pool = WorkerPool.create("dpcoach-test", 1, 1);
    CountDownLatch release = new CountDownLatch(1);
    pool.execute(() -> await(release));
    Thread.currentThread().interrupt();
    try {
      assertThat(WorkerPool.shutdown(pool, Duration.ofSeconds(30))).isFalse();
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
      release.countDown();
    }
    assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void create_badArguments_refusedWithExactMessage() {
    assertThatThrownBy(() -> WorkerPool.create(" ", 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank");
    assertThatThrownBy(() -> WorkerPool.create("p", 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("workers must be at least 1");
    assertThatThrownBy(() -> WorkerPool.create("p", 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("queue size must be at least 1");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
