package org.dpcoach.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.model.Turn;
import org.dpcoach.knowledge.TrainingExample;

/**
 * {@code dpcoach bench}: per-question latency (p50, p99), questions per second on one thread,
 * start-up time to the first answer and heap after warm-up.
 */
final class BenchCommand {
  private static final int WARM_UP = 20_000;
  private static final int MEASURED = 20_000;

  private BenchCommand() {}

  static int run(CoachEngine engine, long firstAnswerMillis, PrintStream out) {
    List<String> questions =
        engine.knowledge().trainingExamples().stream().map(TrainingExample::question).toList();
    for (int i = 0; i < WARM_UP; i++) {
      engine.handle(new Turn("bench", "bench-" + i, questions.get(i % questions.size())));
    }
    long[] nanos = new long[MEASURED];
    long start = System.nanoTime();
    for (int i = 0; i < MEASURED; i++) {
      String q = questions.get((i * 7919) % questions.size());
      long t0 = System.nanoTime();
      engine.handle(new Turn("bench", "bench-" + (i % 1000), q));
      nanos[i] = System.nanoTime() - t0;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Arrays.sort(nanos);
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    out.printf(Locale.ROOT, "questions measured: %d (after %d warm-up)%n", MEASURED, WARM_UP);
    out.printf(Locale.ROOT, "latency p50: %.3f ms%n", nanos[MEASURED / 2] / 1e6);
    out.printf(Locale.ROOT, "latency p99: %.3f ms%n", nanos[(int) (MEASURED * 0.99)] / 1e6);
    out.printf(Locale.ROOT, "latency max: %.3f ms%n", nanos[MEASURED - 1] / 1e6);
    out.printf(Locale.ROOT, "throughput (one thread): %.0f questions/s%n", MEASURED / seconds);
    long[] guard = guardLatencies(engine, questions);
    out.printf(
        Locale.ROOT,
        "guard alone p50: %.3f ms, p99: %.3f ms%n",
        guard[guard.length / 2] / 1e6,
        guard[(int) (guard.length * 0.99)] / 1e6);
    out.printf(Locale.ROOT, "start-up to first answer: %d ms%n", firstAnswerMillis);
    out.printf(
        Locale.ROOT,
        "heap used after warm-up and GC: %d MB (max heap %d MB)%n",
        heapMb,
        rt.maxMemory() / (1024 * 1024));
    return 0;
  }

  private static long[] guardLatencies(CoachEngine engine, List<String> questions) {
    for (int i = 0; i < WARM_UP; i++) {
      engine.guard().redact(questions.get(i % questions.size()));
    }
    long[] nanos = new long[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      String q = questions.get((i * 7919) % questions.size());
      long t0 = System.nanoTime();
      engine.guard().redact(q);
      nanos[i] = System.nanoTime() - t0;
    }
    Arrays.sort(nanos);
    return nanos;
  }

  /** Milliseconds from JVM start to now. */
  static long sinceJvmStart() {
    return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
  }
}
