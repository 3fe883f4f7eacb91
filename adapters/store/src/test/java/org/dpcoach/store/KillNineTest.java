package org.dpcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dpcoach.core.port.OutboxEntry;
import org.dpcoach.core.practice.TipPublisher;
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
      String line;
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(crash.getInputStream(), StandardCharsets.UTF_8))) {
        line = out.readLine();
        assertThat(line).as("run %d", run).isEqualTo("AT " + point);
        crash.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
        assertThat(crash.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      assertThat(crash.exitValue()).isEqualTo(137);
      Process recover = driver("recover", dir, posts, "-", slot, url);
      List<String> said = new ArrayList<>();
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(recover.getInputStream(), StandardCharsets.UTF_8))) {
        out.lines().forEach(said::add);
      }
      assertThat(recover.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(said).as("run %d", run).contains("DONE");

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
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                CrashDriver.class.getName(),
                mode,
                dir.toString(),
                posts.toString(),
                point,
                Long.toString(slot.getEpochSecond())));
    if (url != null) {
      command.add(url);
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    return builder.start();
  }
}
