package org.dpcoach.testkit;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** An open-loop load: a request every 1/rate seconds for a fixed time, whatever the answers do. */
public final class FixedRate {

  /** Starts the request with the given index; calls {@code done} once it has completed. */
  @FunctionalInterface
  public interface Send {
    /** Starts request {@code index} (from 0) without waiting for it. */
    void send(int index, Runnable done);
  }

  private FixedRate() {}

  /**
   * Sends {@code rate * seconds} requests at {@code rate} a second, waits up to {@code seconds +
   * 30} seconds for them all to complete, and returns how many were sent.
   */
  public static int run(int rate, int seconds, Send send) throws InterruptedException {
    int total = rate * seconds;
    AtomicInteger index = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(total);
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    ticker.scheduleAtFixedRate(
        () -> {
          int i = index.getAndIncrement();
          if (i < total) {
            send.send(i, done::countDown);
          }
        },
        0,
        1_000_000_000L / rate,
        TimeUnit.NANOSECONDS);
    done.await(seconds + 30L, TimeUnit.SECONDS);
    ticker.shutdownNow();
    return total;
  }
}
