package org.dpcoach.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.dpcoach.core.Answers;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.Turn;
import org.dpcoach.testkit.TestCoach;
import org.junit.jupiter.api.Test;

/**
 * One per-turn error handler: the class is logged, never the text; the reply is neutral; the next
 * turn goes on.
 */
class TurnErrorsTest {
  static final Duration WAIT = Duration.ofSeconds(10);
  static final String SECRET_TEXT = "boom: Jane Smith 07700 900123";

  static final class Exploding extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exploding(String message) {
      super(message);
    }
  }

  @Test
  void failingTurn_logsClassOnlyRepliesNeutrallyAndTheNextTurnIsAnswered() {
    Answers real = TestCoach.engine();
    Answers failing =
        new Answers() {
          @Override
          public Reply handle(Turn turn) {
            if (turn.text().startsWith("boom")) {
              throw new Exploding("the text was " + turn.text());
            }
            return real.handle(turn);
          }

          @Override
          public Reply choose(Turn turn, String topicId) {
            return real.choose(turn, topicId);
          }
        };
    PrintStream realErr = System.err;
    ByteArrayOutputStream logs = new ByteArrayOutputStream();
    try (RunningTeams app = new RunningTeams(TeamsSettings.local(), failing)) {
      System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
      String url = app.connector.serviceUrl();

      app.post(Activities.personal(url, "a:err-1", "e1", SECRET_TEXT));
      FakeConnector.Call sorry =
          app.connector.await(c -> "a:err-1".equals(c.conversationId()), 1, WAIT).get(0);
      app.post(
          Activities.personal(
              url, "a:err-1", "e1", "can I accept a friend request from a client's mum?"));
      var both = app.connector.await(c -> "a:err-1".equals(c.conversationId()), 2, WAIT);

      assertThat(sorry.body().path("text").asText())
          .isEqualTo(TestCoach.engine().knowledge().dialogue().text("sorry"));
      assertThat(both).hasSize(2);
      assertThat(both.get(1).body().path("attachments").size()).isEqualTo(1);
    } finally {
      System.setErr(realErr);
    }
    String logged = logs.toString(StandardCharsets.UTF_8);
    assertThat(logged).contains("teams turn failed", Exploding.class.getName());
    assertThat(logged).doesNotContain("Jane", "07700", "the text was");
  }
}
