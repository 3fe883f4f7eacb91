package org.dpcoach.app;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dpcoach.store.Database;
import org.dpcoach.store.StoreSettings;

/**
 * {@code dpcoach data erase --user ID}: deletes or anonymises everything held about one person in
 * every table and prints, per table, the rows that named them before and after; {@code dpcoach data
 * purge}: applies the retention periods now.
 */
final class DataCommand {
  private DataCommand() {}

  static int run(List<String> args, Settings settings, AppConfig config, PrintStream out) {
    StoreSettings store =
        PracticeConfig.of(settings, config.dataDir())
            .store()
            .orElseThrow(
                () ->
                    new IllegalArgumentException("data needs a database (DPCOACH_DB_URL is none)"));
    String sub = args.isEmpty() ? "" : args.get(0);
    if (sub.equals("erase") && args.size() == 3 && args.get(1).equals("--user")) {
      return erase(store, args.get(2).strip(), out);
    }
    if (sub.equals("purge") && args.size() == 1) {
      try (Database db = Database.open(store)) {
        db.purge(Instant.now()).forEach((table, n) -> out.printf("%-26s %d removed%n", table, n));
      }
      return 0;
    }
    throw new IllegalArgumentException("data needs erase --user ID, or purge");
  }

  private static int erase(StoreSettings store, String user, PrintStream out) {
    if (user.isEmpty()) {
      throw new IllegalArgumentException("data erase needs a user id after --user");
    }
    try (Database db = Database.open(store)) {
      Map<String, Integer> before = db.heldAbout(user);
      Map<String, Integer> changed = db.erase(user);
      Map<String, Integer> after = db.heldAbout(user);
      out.printf("%-26s %8s %8s %8s%n", "table", "before", "erased", "after");
      before.forEach(
          (table, n) ->
              out.printf(
                  "%-26s %8d %8d %8d%n",
                  table, n, changed.getOrDefault(table, 0), after.getOrDefault(table, 0)));
      int total = changed.values().stream().mapToInt(Integer::intValue).sum();
      out.printf(
          "%d rows deleted or anonymised (tips, schedules and sessions the person set up are kept"
              + " with their id replaced by 'erased')%n",
          total);
      return after.values().stream().allMatch(n -> n == 0) ? 0 : 1;
    }
  }
}
