package org.dpcoach.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Latencies gathered from many threads, in microseconds, and their percentiles in milliseconds. */
public final class Latencies {
  private final ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();

  /** Records the time since {@code startNanos} (a {@link System#nanoTime()} reading). */
  public void since(long startNanos) {
    micros.add((System.nanoTime() - startNanos) / 1_000);
  }

  /** How many latencies are recorded. */
  public int size() {
    return micros.size();
  }

  /** Forgets every recorded latency (after a warm-up, say). */
  public void clear() {
    micros.clear();
  }

  /** The recorded latencies in microseconds, smallest first. */
  public List<Long> sortedMicros() {
    List<Long> sorted = new ArrayList<>(micros);
    Collections.sort(sorted);
    return sorted;
  }

  /** The nearest-rank percentile of sorted microseconds, in milliseconds; 0 when there are none. */
  public static double percentileMs(List<Long> sortedMicros, int percentile) {
    if (sortedMicros.isEmpty()) {
      return 0;
    }
    int at = (int) Math.ceil(percentile / 100.0 * sortedMicros.size()) - 1;
    return sortedMicros.get(Math.max(0, at)) / 1000.0;
  }

  /** {@code p50=… p95=… p99=… max=…} in milliseconds with two decimals, for a report line. */
  public static String summary(List<Long> sortedMicros) {
    return String.format(
        "p50=%.2f p95=%.2f p99=%.2f max=%.2f",
        percentileMs(sortedMicros, 50),
        percentileMs(sortedMicros, 95),
        percentileMs(sortedMicros, 99),
        percentileMs(sortedMicros, 100));
  }
}
