package org.dpcoach.store;

import java.nio.file.Files;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.dpcoach.core.port.ConversationContext;
import org.dpcoach.core.port.ConversationContexts;

/**
 * What keeping follow-up context in the database costs a turn: one find and one save per turn, on
 * an embedded H2 database and (given a JDBC URL) PostgreSQL. Arguments: [turns, default 5000]
 * [PostgreSQL JDBC URL].
 */
public final class ContextCostDriver {
  private ContextCostDriver() {}

  public static void main(String[] args) throws Exception {
    int turns = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
    run("H2", StoreSettings.embedded(Files.createTempDirectory("dpcoach-ctx")), turns);
    if (args.length > 1) {
      run(
          "PostgreSQL",
          StoreSettings.at(
              args[1], Optional.empty(), Optional.empty(), Files.createTempDirectory("x")),
          turns);
    }
  }

  private static void run(String name, StoreSettings settings, int turns) {
    try (Database db = Database.open(settings)) {
      ConversationContexts contexts = db.contexts();
      long[] micros = new long[turns];
      for (int i = 0; i < turns; i++) {
        String conversation = "D" + (i % 500);
        long start = System.nanoTime();
        contexts.find(conversation);
        contexts.save(
            conversation,
            new ConversationContext(
                Optional.of("friend-requests"), Optional.empty(), Optional.empty(), Instant.now()));
        micros[i] = (System.nanoTime() - start) / 1_000;
      }
      long[] measured = Arrays.copyOfRange(micros, turns / 5, turns);
      Arrays.sort(measured);
      System.out.printf(
          "%s: find + save per turn p50 %.2f ms, p99 %.2f ms (%d turns after %d warm-up)%n",
          name,
          measured[measured.length / 2] / 1000.0,
          measured[(int) (measured.length * 0.99)] / 1000.0,
          measured.length,
          turns / 5);
    }
  }
}
