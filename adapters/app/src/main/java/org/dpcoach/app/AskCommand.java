package org.dpcoach.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.Turn;
import org.dpcoach.local.TextRenderer;

/**
 * {@code dpcoach ask [--full] "QUESTION"} (the short answer and its main source; everything with
 * {@code --full}) and {@code dpcoach ask --jsonl}.
 */
final class AskCommand {
  static final String FULL = "--full";

  /** How many lines may be in flight before the oldest is written. */
  private static final int WINDOW = 256;

  private AskCommand() {}

  /** Runs {@code ask} with its arguments: one question, or {@code --jsonl}. */
  static int run(
      List<String> rest, AppConfig config, Clock clock, BufferedReader stdin, PrintStream out)
      throws IOException {
    if (rest.equals(List.of("--jsonl"))) {
      return jsonl(Coach.start(config, clock), stdin, out);
    }
    List<String> words = rest.stream().filter(w -> !w.equals(FULL)).toList();
    if (words.isEmpty()) {
      throw new IllegalArgumentException("ask needs a question in quotes, or --jsonl");
    }
    return one(Coach.start(config, clock), String.join(" ", words), rest.contains(FULL), out);
  }

  static int one(CoachEngine engine, String question, boolean full, PrintStream out) {
    print(engine.handle(new Turn("cli", "cli-ask", question)), full, out);
    return 0;
  }

  /** The short answer and its main source, or with {@code full} every part. */
  static void print(Reply reply, boolean full, PrintStream out) {
    TextRenderer text = new TextRenderer();
    out.println(full ? text.render(reply) : text.renderShort(reply));
  }

  /**
   * One JSON object per input line, in order; each line is its own conversation, so lines are
   * answered side by side on every core (a window of lines in flight) and written in input order.
   */
  static int jsonl(CoachEngine engine, BufferedReader in, PrintStream out) throws IOException {
    JsonReplies json = new JsonReplies();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService workers =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread thread = new Thread(r, "dpcoach-ask");
              thread.setDaemon(true);
              return thread;
            });
    Deque<Future<String>> inFlight = new ArrayDeque<>();
    try {
      String line;
      long n = 0;
      while ((line = in.readLine()) != null) {
        Turn turn = new Turn("cli", "jsonl-" + ++n, line);
        inFlight.add(workers.submit(() -> json.line(engine.handle(turn))));
        if (inFlight.size() >= WINDOW) {
          out.println(next(inFlight));
        }
      }
      while (!inFlight.isEmpty()) {
        out.println(next(inFlight));
      }
    } finally {
      workers.shutdownNow();
    }
    out.flush();
    return 0;
  }

  private static String next(Deque<Future<String>> inFlight) {
    try {
      return inFlight.removeFirst().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while answering", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("answering failed: " + e.getCause().getClass().getName());
    }
  }
}
