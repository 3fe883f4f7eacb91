package org.dpcoach.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.schema.Activity;
import java.nio.file.Path;
import java.time.Duration;
import org.dpcoach.store.Database;
import org.dpcoach.store.StoreSettings;
import org.dpcoach.support.Inbox;
import org.dpcoach.testkit.TestCoach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database inbox behind {@code /api/messages}: a redelivered activity after a restart, and an
 * activity a dead instance recorded but never answered.
 */
class TeamsInboxTest {
  static final Duration WAIT = Duration.ofSeconds(15);
  static final Duration LEASE = Duration.ofSeconds(30);
  static final String FRIEND = "can I accept a friend request from a client's mum on facebook?";

  @TempDir Path temp;
  Database db;

  @BeforeEach
  void open() {
    db = Database.open(StoreSettings.embedded(temp));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void activity_redeliveredAfterARestart_answeredOnce() {
    ObjectNode first;
    try (RunningTeams a = new RunningTeams(db.inbox("a", LEASE, Duration.ofMillis(200)))) {
      first = Activities.personal(a.connector.serviceUrl(), "a:inbox-1", "u1", FRIEND);
      assertThat(a.post(first).statusCode()).isEqualTo(200);
      assertThat(a.connector.await(c -> "a:inbox-1".equals(c.conversationId()), 1, WAIT))
          .hasSize(1);
    }
    try (RunningTeams b = new RunningTeams(db.inbox("b", LEASE, Duration.ofMillis(200)))) {
      ObjectNode again = first.deepCopy().put("serviceUrl", b.connector.serviceUrl());
      assertThat(b.post(again).statusCode()).isEqualTo(200);
      ObjectNode other = Activities.personal(b.connector.serviceUrl(), "a:inbox-2", "u1", FRIEND);
      b.post(other);
      assertThat(b.connector.await(c -> "a:inbox-2".equals(c.conversationId()), 1, WAIT))
          .hasSize(1);
      assertThat(b.connector.calls(c -> "a:inbox-1".equals(c.conversationId()))).isEmpty();
      assertThat(b.adapter.redeliveriesDropped()).isEqualTo(1);
    }
  }

  @Test
  void activity_aDeadInstanceLeft_answeredInAPersonalChatFromTheRedactedText() throws Exception {
    try (RunningTeams survivor = new RunningTeams(db.inbox("survivor", LEASE, LEASE))) {
      String channel = "19:inbox@thread.tacv2";
      ObjectNode json =
          Activities.channelMention(
              survivor.connector.serviceUrl(),
              channel,
              "u3",
              "Jane Smith's mum rang me on 07700 900123, can I accept her friend request?");
      Activity activity = ActivityJson.MAPPER.treeToValue(json, Activity.class);
      ClaimsIdentity anonymous =
          JwtTokenValidation.authenticateRequest(
                  activity, null, new SimpleCredentialProvider(null, null), null)
              .get();
      StoredTurn.Recorded recorded =
          StoredTurn.record(anonymous, activity, TestCoach.engine().guard(), 4_000);
      assertThat(recorded.found()).isTrue();
      assertThat(recorded.payload()).doesNotContain("Jane", "07700", "Sam Example");
      db.inbox("dead", Duration.ofMillis(1), LEASE)
          .record(
              Inbox.Delivery.of(
                  "teams:activity:dead-1", "teams", "message", "aad-u3", recorded.payload(), true));
      // the dead instance's 1 ms lease must have run out before the survivor sweeps, or the sweep
      // leaves the row to the next periodic one (on a fast machine they can fall in one
      // millisecond)
      java.time.Instant leaseOver = java.time.Instant.now().plusMillis(5);
      while (java.time.Instant.now().isBefore(leaseOver)) {
        Thread.onSpinWait();
      }
      survivor.adapter.sweepNow();

      FakeConnector.Call privately =
          survivor
              .connector
              .await(
                  c -> c.kind().equals("send") && c.conversationId().startsWith("a:personal-"),
                  1,
                  WAIT)
              .get(0);
      assertThat(privately.allText())
          .contains(TestCoach.engine().knowledge().dialogue().text(Replies.PRIVATE_WHY))
          .doesNotContain("07700");
      FakeConnector.Call note =
          survivor
              .connector
              .await(c -> String.valueOf(c.conversationId()).startsWith(channel), 1, WAIT)
              .get(0);
      assertThat(note.body().path("text").asText())
          .isEqualTo(TestCoach.engine().knowledge().dialogue().text(Replies.SENT_PRIVATELY));
    }
  }
}
