package org.dpcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dpcoach.store.Database;
import org.dpcoach.store.StoreSettings;
import org.dpcoach.support.Inbox;
import org.dpcoach.testkit.TestCoach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database inbox behind the Slack endpoint: redeliveries to another instance or after a
 * restart, identical signed commands, and a request a dead instance recorded but never answered.
 */
class InboxDeliveryTest {
  static final Duration WAIT = Duration.ofSeconds(15);
  static final Duration LEASE = Duration.ofSeconds(30);
  static final String FRIEND = "can I accept a friend request from a client's mum on facebook?";

  @TempDir Path temp;
  Database db;
  FakeSlackApi api;

  @BeforeEach
  void open() {
    db = Database.open(StoreSettings.embedded(temp));
    api = new FakeSlackApi();
  }

  @AfterEach
  void close() {
    api.close();
    db.close();
  }

  RunningApp instance(String name) {
    return new RunningApp(api, db.inbox(name, LEASE, Duration.ofMillis(200)));
  }

  @Test
  void event_sameIdToTwoInstancesAndAfterARestart_answeredOnce() throws Exception {
    String body = SlackRequests.dm("EvTwice", "U1", "D900", FRIEND, "1700000000.000900");
    try (RunningApp b = instance("b")) {
      try (RunningApp a = instance("a")) {
        assertThat(a.requests.send(body, SlackRequests.JSON_TYPE).statusCode()).isEqualTo(200);
        assertThat(b.requests.send(body, SlackRequests.JSON_TYPE).statusCode()).isEqualTo(200);
        api.await(c -> "D900".equals(c.params().get("channel")), 1, WAIT);
      }
      try (RunningApp restarted = instance("a2")) {
        assertThat(restarted.requests.send(body, SlackRequests.JSON_TYPE).statusCode())
            .isEqualTo(200);
        restarted.requests.send(
            SlackRequests.dm("EvOther", "U1", "D901", FRIEND, "1700000000.000901"),
            SlackRequests.JSON_TYPE);
        api.await(c -> "D901".equals(c.params().get("channel")), 1, WAIT);
      }
    }
    assertThat(api.posts(c -> "D900".equals(c.params().get("channel")))).hasSize(1);
  }

  @Test
  void command_identicalSignedRequestThreeTimes_answeredOnce() throws Exception {
    try (RunningApp a = instance("a");
        RunningApp b = instance("b")) {
      String body =
          SlackRequests.command("ask " + FRIEND, "U2", "C900", api.responseUrl("cmd-900"));
      long signedAt = System.currentTimeMillis() / 1000;
      for (RunningApp to : List.of(a, b, a)) {
        assertThat(to.requests.send(body, SlackRequests.FORM, signedAt, null).statusCode())
            .isEqualTo(200);
      }
      String fresh =
          SlackRequests.command("ask " + FRIEND, "U2", "C900", api.responseUrl("cmd-901"));
      a.requests.send(fresh, SlackRequests.FORM);
      api.await(c -> c.method().equals("response_url"), 2, WAIT);
    }
    assertThat(api.posts(c -> c.method().equals("response_url"))).hasSize(2);
  }

  @Test
  void inbox_requestADeadInstanceLeft_answeredPrivatelyFromTheRedactedText() throws Exception {
    Job mention =
        Job.withText(
            Job.Kind.ASK,
            Job.fields(
                "channel", "C950", "user", "U3", "thread", "1700000000.000950", "direct", "false"),
            "Jane Smith's mum sent me a friend request on facebook, can I accept it?",
            TestCoach.engine().guard());
    assertThat(mention.found()).isTrue();
    assertThat(mention.payload()).doesNotContain("Jane Smith");
    Inbox dead = db.inbox("dead", Duration.ofMillis(1), LEASE);
    dead.record(
        Inbox.Delivery.of(
            "slack:event:EvDead", "slack", mention.kind().name(), "U3", mention.payload(), true));

    try (RunningApp survivor = instance("survivor")) {
      List<FakeSlackApi.Call> answers =
          api.await(c -> "C950".equals(c.params().get("channel")), 1, WAIT);
      assertThat(answers).hasSize(1);
      assertThat(answers.get(0).method()).isEqualTo("chat.postEphemeral");
      assertThat(answers.get(0).params()).containsEntry("user", "U3");
      assertThat(answers.get(0).allText())
          .contains(TestCoach.engine().knowledge().dialogue().text(Coaching.PRIVATE_WHY))
          .doesNotContain("Jane");
    }
    assertThat(state("slack:event:EvDead")).isEqualTo("DONE");
  }

  private String state(String key) throws Exception {
    try (var c = db.dataSource().getConnection();
        var st = c.prepareStatement("SELECT state FROM inbox WHERE delivery_key = ?")) {
      st.setString(1, key);
      try (var rs = st.executeQuery()) {
        return rs.next() ? rs.getString(1) : "missing";
      }
    }
  }
}
