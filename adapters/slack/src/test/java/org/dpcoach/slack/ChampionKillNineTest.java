package org.dpcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dpcoach.testkit.ChildJvm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kill -9 between a champion's thread reply and the answer's delivery, over Slack's Web API: a
 * child JVM ({@link ChampionCrashDriver}) posts through the real channel poster to this JVM's fake
 * Slack and is killed with SIGKILL at each point; a fresh one on the same H2 database takes the
 * re-delivered reply and recovers. The asker's DM got the answer exactly once: the poster opens the
 * DM ({@code conversations.open}) and posts in its {@code D…} channel, and after Slack took it the
 * reconcile step finds it by its metadata key in that DM's history (the fake, like Slack, answers
 * {@code channel_not_found} to a history by user id).
 */
@Tag("integration")
class ChampionKillNineTest {
  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AFTER_RECEIPT",
        "BEFORE_PLATFORM_ANSWERS",
        "AFTER_PLATFORM_ANSWERS",
        "AFTER_SENT"
      })
  void killNine_betweenReplyAndDelivery_askerAnsweredOnceInTheirDm(String point) throws Exception {
    try (FakeSlackApi api = new FakeSlackApi()) {
      Path dir = Files.createDirectories(temp.resolve(point));
      Process crash = driver("crash", dir, point, api);
      ChildJvm.Killed killed = ChildJvm.killAfterFirstLine(crash);
      assertThat(killed.firstLine()).isEqualTo("AT " + point);
      assertThat(killed.ended()).isTrue();
      assertThat(crash.exitValue()).isEqualTo(137);
      ChildJvm.Finished recovered = ChildJvm.readToEnd(driver("recover", dir, "-", api));
      assertThat(recovered.ended()).isTrue();
      assertThat(recovered.lines()).contains("DONE");

      assertThat(
              api.posts(
                  c ->
                      c.method().equals("chat.postMessage")
                          && FakeSlackApi.dm(ChampionCrashDriver.ASKER)
                              .equals(c.params().get("channel"))))
          .singleElement()
          .satisfies(
              c -> assertThat(c.allText()).contains("answered your question 1", "work phone"));
      assertThat(
              api.posts(
                  c ->
                      c.method().equals("chat.postMessage")
                          && ChampionCrashDriver.CHANNEL.equals(c.params().get("channel"))
                          && c.params().getOrDefault("metadata", "").contains("champion:1:post")))
          .hasSize(1);
      // the champions' post was rewritten (once or again, harmlessly) to say it was answered
      assertThat(api.kept(ChampionCrashDriver.CHANNEL))
          .filteredOn(m -> m.path("metadata").toString().contains("champion:1:post"))
          .singleElement()
          .satisfies(
              m ->
                  assertThat(m.path("blocks").toString())
                      .contains("Answered by Chris")
                      .doesNotContain("dpcoach.champion.take"));
    }
  }

  private static Process driver(String mode, Path dir, String point, FakeSlackApi api)
      throws Exception {
    return ChildJvm.start(
        ChampionCrashDriver.class, List.of(mode, dir.toString(), point, api.apiUrl().toString()));
  }
}
