package org.dpcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dpcoach.core.port.ChampionQuestion;
import org.dpcoach.testkit.ChildJvm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * kill -9 between a champion's thread reply and its delivery to the asker: a separate JVM ({@link
 * ChampionCrashDriver}) takes the reply and is killed with SIGKILL at each point; a fresh JVM on
 * the same database takes the re-delivered reply, ticks and reconciles; the asker got the answer
 * exactly once. Teams cannot search a personal chat, so a kill after Teams accepted the answer (and
 * before the coach heard back) may deliver it twice: that point runs for Slack only.
 */
@Tag("integration")
class ChampionKillNineTest {
  @TempDir Path temp;

  @ParameterizedTest(name = "{0} on {1}, {2}")
  @CsvSource({
    "AFTER_RECEIPT, slack, h2",
    "BEFORE_PLATFORM_ANSWERS, slack, h2",
    "AFTER_PLATFORM_ANSWERS, slack, h2",
    "AFTER_SENT, slack, h2",
    "AFTER_RECEIPT, teams, h2",
    "BEFORE_PLATFORM_ANSWERS, teams, h2",
    "AFTER_SENT, teams, h2",
    "AFTER_RECEIPT, slack, postgresql",
    "AFTER_PLATFORM_ANSWERS, slack, postgresql"
  })
  void killNine_betweenReceiptAndDelivery_answerDeliveredExactlyOnce(
      String point, String platform, String vendor) throws Exception {
    long started = System.nanoTime();
    Path dir = Files.createDirectories(temp.resolve(point + "-" + platform));
    StoreSettings store = vendor.equals("h2") ? StoreSettings.embedded(dir) : Fixtures.postgres();
    String url = vendor.equals("h2") ? null : store.jdbcUrl();
    Path posts = dir.resolve("posts.txt");

    Process crash = driver("crash", dir, posts, point, platform, url);
    ChildJvm.Killed killed = ChildJvm.killAfterFirstLine(crash);
    assertThat(killed.firstLine()).isEqualTo("AT " + point);
    assertThat(killed.ended()).isTrue();
    assertThat(crash.exitValue()).isEqualTo(137);
    ChildJvm.Finished recovered =
        ChildJvm.readToEnd(driver("recover", dir, posts, "-", platform, url));
    assertThat(recovered.ended()).isTrue();
    assertThat(recovered.lines()).contains("DONE");

    List<String> lines = Files.readAllLines(posts);
    assertThat(lines.stream().filter(l -> l.startsWith("champion:1:answer ")))
        .singleElement()
        .satisfies(l -> assertThat(l).endsWith(" UASK"));
    assertThat(lines.stream().filter(l -> l.startsWith("champion:1:post "))).hasSize(1);
    try (Database db = Database.open(store)) {
      assertThat(db.championQuestions().find(1).orElseThrow().state())
          .isEqualTo(ChampionQuestion.State.ANSWERED);
      assertThat(db.championQuestions().find(1).orElseThrow().answer())
          .contains(ChampionCrashDriver.ANSWER);
    }
    System.err.printf(
        "champion kill -9 at %s on %s (%s): answered exactly once, %d ms%n",
        point, platform, vendor, (System.nanoTime() - started) / 1_000_000);
  }

  private static Process driver(
      String mode, Path dir, Path posts, String point, String platform, String url)
      throws Exception {
    List<String> args =
        new ArrayList<>(List.of(mode, dir.toString(), posts.toString(), point, platform));
    if (url != null) {
      args.add(url);
    }
    return ChildJvm.start(ChampionCrashDriver.class, args);
  }
}
