package org.dpcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.dpcoach.core.port.OutboxEntry;
import org.dpcoach.core.practice.TipPublisher;
import org.dpcoach.testkit.ChildJvm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * kill -9 in the posting path: a separate JVM ({@link CrashDriver}) is killed with SIGKILL at each
 * of five points, a fresh JVM restarts on the same database (an H2 file, or PostgreSQL when {@value
 * Fixtures#PG_ENV} is set), and the tip must have been posted exactly once. Runs per point: {@code
 * -Ddpcoach.crash.runs=20} (default 1, to keep the build lean).
 */
@Tag("integration")
class KillNineTest {
  static final int RUNS = Integer.getInteger("dpcoach.crash.runs", 1);

  @TempDir Path temp;

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({
    "AFTER_PLAN, h2",
    "AFTER_CLAIM, h2",
    "BEFORE_PLATFORM_ANSWERS, h2",
    "AFTER_PLATFORM_ANSWERS, h2",
    "AFTER_SENT, h2",
    "AFTER_PLAN, postgresql",
    "AFTER_CLAIM, postgresql",
    "BEFORE_PLATFORM_ANSWERS, postgresql",
    "AFTER_PLATFORM_ANSWERS, postgresql",
    "AFTER_SENT, postgresql"
  })
  void killNine_atEachPointThenRestart_postedExactlyOnce(String point, String vendor)
      throws Exception {
    long started = System.nanoTime();
    for (int run = 0; run < RUNS; run++) {
      Path dir = Files.createDirectories(temp.resolve(point + "-" + run));
      StoreSettings store = vendor.equals("h2") ? StoreSettings.embedded(dir) : Fixtures.postgres();
      String url = vendor.equals("h2") ? null : store.jdbcUrl();
      Path posts = dir.resolve("posts.txt");
      Instant slot = Instant.now().truncatedTo(ChronoUnit.MINUTES);
      Process crash = driver("crash", dir, posts, point, slot, url);
      ChildJvm.Killed killed = ChildJvm.killAfterFirstLine(crash);
      assertThat(killed.firstLine()).as("run %d", run).isEqualTo("AT " + point);
      assertThat(killed.ended()).isTrue();
      assertThat(crash.exitValue()).isEqualTo(137);
      ChildJvm.Finished recovered =
          ChildJvm.readToEnd(driver("recover", dir, posts, "-", slot, url));
      assertThat(recovered.ended()).isTrue();
      assertThat(recovered.lines()).as("run %d", run).contains("DONE");

      String key = TipPublisher.slotKey("slack", "C1", slot);
      assertThat(Files.readAllLines(posts).stream().filter(l -> l.startsWith(key + " ")))
          .as("run %d", run)
          .hasSize(1);
      try (Database db = Database.open(store)) {
        assertThat(db.outbox().find(key).orElseThrow().state()).isEqualTo(OutboxEntry.State.SENT);
      }
    }
    System.err.printf(
        "kill -9 at %s on %s: %d runs, each posted exactly once, %d ms%n",
        point, vendor, RUNS, (System.nanoTime() - started) / 1_000_000);
  }

  private static Process driver(
      String mode, Path dir, Path posts, String point, Instant slot, String url) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                mode,
                dir.toString(),
                posts.toString(),
                point,
                Long.toString(slot.getEpochSecond())));
    if (url != null) {
      args.add(url);
    }
    return ChildJvm.start(CrashDriver.class, args);
  }
}
