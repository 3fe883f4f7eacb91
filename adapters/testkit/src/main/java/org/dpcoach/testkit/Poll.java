package org.dpcoach.testkit;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waiting in tests for something another thread does, without a fixed sleep. */
public final class Poll {
  private Poll() {}

  /**
   * Reads {@code found} every few milliseconds until it holds at least {@code count} items or the
   * timeout passes, and returns the last reading (the caller asserts on it).
   */
  public static <T> List<T> atLeast(int count, Duration timeout, Supplier<List<T>> found) {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      List<T> now = found.get();
      if (now.size() >= count) {
        return now;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return found.get();
  }

  /** Checks {@code condition} every few milliseconds until it holds or the timeout passes. */
  public static boolean until(Duration timeout, BooleanSupplier condition) {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return condition.getAsBoolean();
  }
}
