package org.dpcoach.app;

import java.io.PrintStream;
import java.util.List;
import org.dpcoach.insights.Insights;
import org.dpcoach.store.Database;
import org.dpcoach.store.StoreSettings;

/**
 * {@code dpcoach insights export}: writes the not-helpful comments champions marked as content gaps
 * (date, topic, case, redacted comment) as CSV on stdout, for the knowledge owners.
 */
final class InsightsCommand {
  private InsightsCommand() {}

  static int run(List<String> args, Settings settings, PrintStream out, PrintStream err) {
    if (!args.equals(List.of("export"))) {
      throw new IllegalArgumentException("insights needs export");
    }
    StoreSettings store =
        PracticeConfig.of(settings, AppConfig.of(settings).dataDir())
            .store()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "insights export needs the coach's database (DPCOACH_DB_URL is 'none')"));
    try (Database db = Database.open(store)) {
      int gaps = Insights.exportContentGaps(db, out);
      err.printf("dpcoach: %d content gap%s written%n", gaps, gaps == 1 ? "" : "s");
    }
    return 0;
  }
}
