package org.dpcoach.testkit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * An executor that counts the tasks handed to it and the tasks finished, so a test waits until the
 * work is done ({@link #awaitIdle}) instead of sleeping; the work itself runs on the wrapped pool,
 * whose rejections (a full queue) pass through unchanged.
 */
public final class DrainableExecutor extends AbstractExecutorService {
  private final ExecutorService pool;
  private final Object lock = new Object();
  private long submitted;
  private long finished;

  /** Counts the work run on the pool. */
  public DrainableExecutor(ExecutorService pool) {
    this.pool = pool;
  }

  @Override
  public void execute(Runnable task) {
    synchronized (lock) {
      submitted++;
    }
    try {
      pool.execute(
          () -> {
            try {
              task.run();
            } finally {
              done();
            }
          });
    } catch (RejectedExecutionException e) {
      synchronized (lock) {
        submitted--;
        lock.notifyAll();
      }
      throw e;
    }
  }

  /**
   * Waits until every task handed in so far has finished (nothing queued or running) and returns
   * true, or returns false when the timeout passes first.
   */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (finished < submitted) {
        long left = end - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(lock, left);
      }
      return true;
    }
  }

  /** How many tasks were handed in and accepted by the pool. */
  public long submitted() {
    synchronized (lock) {
      return submitted;
    }
  }

  private void done() {
    synchronized (lock) {
      finished++;
      lock.notifyAll();
    }
  }

  @Override
  public void shutdown() {
    pool.shutdown();
  }

  @Override
  public List<Runnable> shutdownNow() {
    return pool.shutdownNow();
  }

  @Override
  public boolean isShutdown() {
    return pool.isShutdown();
  }

  @Override
  public boolean isTerminated() {
    return pool.isTerminated();
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
    return pool.awaitTermination(timeout, unit);
  }
}
