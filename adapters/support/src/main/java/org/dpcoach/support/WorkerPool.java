package org.dpcoach.support;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The adapters' worker pools: a fixed number of daemon threads and a bounded queue that refuses
 * work when full (the platform then retries), and a graceful shutdown.
 */
public final class WorkerPool {
  private WorkerPool() {}

  /**
   * A pool of {@code workers} daemon threads named {@code name-1}, {@code name-2}, ..., with a
   * queue of {@code queue} tasks; a task offered to a full queue is rejected with {@link
   * java.util.concurrent.RejectedExecutionException}.
   */
  public static ExecutorService bounded(String name, int workers, int queue) {
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
        new ArrayBlockingQueue<>(queue),
        threads,
        new ThreadPoolExecutor.AbortPolicy());
  }

  /** Lets queued and running tasks finish for up to {@code grace}, then interrupts the rest. */
  public static void shutdown(ExecutorService pool, Duration grace) {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
