package org.dpcoach.support;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool of daemon threads an adapter answers turns on: a fixed number of workers and a
 * queue of fixed size that refuses work when full, so a flood is shed instead of piling up.
 */
public final class WorkerPool {

  private WorkerPool() {}

  /**
   * Creates a pool of {@code workers} daemon threads named {@code name-1}, {@code name-2}, ...; a
   * task submitted while all workers are busy and {@code queueSize} tasks wait is refused with
   * {@link RejectedExecutionException}.
   */
  public static ExecutorService create(String name, int workers, int queueSize) {
    Objects.requireNonNull(name, "name must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1");
    }
    if (queueSize < 1) {
      throw new IllegalArgumentException("queue size must be at least 1");
    }
    AtomicInteger count = new AtomicInteger();
    ThreadFactory threads =
        r -> {
          Thread t = new Thread(r, name + "-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    return new ThreadPoolExecutor(
        workers,
        workers,
        60,
        TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(queueSize),
        threads,
        new ThreadPoolExecutor.AbortPolicy());
  }

  /**
   * Stops taking tasks, lets running and queued ones finish for up to {@code timeout}, then
   * interrupts what is left; true when everything finished in time. If the calling thread is
   * interrupted while waiting, the pool is stopped at once and the interrupt is kept.
   */
  public static boolean shutdown(ExecutorService pool, Duration timeout) {
    Objects.requireNonNull(pool, "pool must not be null");
    Objects.requireNonNull(timeout, "timeout must not be null");
    pool.shutdown();
    try {
      if (pool.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        return true;
      }
      pool.shutdownNow();
      return false;
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
