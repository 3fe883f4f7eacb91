package org.dpcoach.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.dpcoach.core.model.Feedback;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.Turn;
import org.dpcoach.testkit.BadInputs;
import org.dpcoach.testkit.TestCoach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Local mode: activities POSTed over HTTP to the running app, replies asserted at a recording fake
 * connector.
 */
class TeamsLocalEndToEndTest {
  static final Duration WAIT = Duration.ofSeconds(10);
  static final String FRIEND =
      "a service user's mum sent me a friend request on facebook, can I accept it?";
  static RunningTeams app;
  static String serviceUrl;

  @BeforeAll
  static void start() {
    app = RunningTeams.local();
    serviceUrl = app.connector.serviceUrl();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @BeforeEach
  void clear() {
    app.connector.clear();
    app.pauses.clear();
  }

  static Reply expected(String text) {
    return TestCoach.engine()
        .handle(new Turn("expect", "expect-" + text.hashCode() + System.nanoTime(), text));
  }

  static String title(Reply reply) {
    return reply.part(ReplyPart.Summary.class).orElseThrow().title();
  }

  @Test
  void personalMessage_question_repliesWithAValidAnswerCard() {
    Reply reply = expected(FRIEND);
    ObjectNode activity = Activities.personal(serviceUrl, "a:dm-1", "u1", FRIEND);

    HttpResponse<String> response = app.post(activity);

    assertThat(response.statusCode()).isEqualTo(200);
    FakeConnector.Call call =
        app.connector.await(c -> "a:dm-1".equals(c.conversationId()), 1, WAIT).get(0);
    assertThat(call.kind()).isEqualTo("reply");
    assertThat(call.replyToId()).isEqualTo(activity.path("id").asText());
    assertThat(call.body().path("attachments").path(0).path("contentType").asText())
        .isEqualTo(Card.CONTENT_TYPE);
    assertThat(CardSchema.problems(call.card())).isEmpty();
    assertThat(call.allText())
        .contains(
            title(reply),
            "✅ Do",
            "❌ Don't",
            "📚 Sources",
            "Knowledge version " + reply.knowledgeVersion(),
            "👍 Helpful",
            "👎 Not helpful");
    assertThat(call.body().path("summary").asText()).isEqualTo(title(reply));
    assertThat(call.authorization()).isNull();
    assertThat(java.util.Locale.getDefault())
        .as("the activity's tr-TR locale must not become the JVM's")
        .isNotEqualTo(java.util.Locale.forLanguageTag("tr-TR"));
  }

  @Test
  void channelMention_question_answersInTheThreadWithTheMentionStripped() {
    Reply reply = expected(FRIEND);
    ObjectNode activity =
        Activities.channelMention(serviceUrl, "19:general@thread.tacv2", "u2", FRIEND);
    String conversation = activity.path("conversation").path("id").asText();

    assertThat(app.post(activity).statusCode()).isEqualTo(200);

    FakeConnector.Call call =
        app.connector.await(c -> conversation.equals(c.conversationId()), 1, WAIT).get(0);
    assertThat(call.kind()).isEqualTo("reply");
    assertThat(call.allText()).contains(title(reply)).doesNotContain("<at>");
  }

  @Test
  void channelMention_withPersonalData_answersInAPersonalChatAndSaysWhy() {
    ObjectNode activity =
        Activities.channelMention(
            serviceUrl,
            "19:pii@thread.tacv2",
            "u3",
            "can I text Jane Smith on 07700 900123 from my own phone?");
    String channel = activity.path("conversation").path("id").asText();

    app.post(activity);

    FakeConnector.Call create = app.connector.await(c -> c.kind().equals("create"), 1, WAIT).get(0);
    assertThat(create.body().path("isGroup").asBoolean(true)).isFalse();
    assertThat(create.body().path("members").path(0).path("id").asText()).isEqualTo("29:u3");
    assertThat(create.body().path("tenantId").asText()).isEqualTo(Activities.TENANT);
    FakeConnector.Call privately =
        app.connector
            .await(
                c -> c.kind().equals("send") && c.conversationId().startsWith("a:personal-"),
                1,
                WAIT)
            .get(0);
    assertThat(privately.allText())
        .contains(TestCoach.engine().knowledge().dialogue().text(Replies.PRIVATE_WHY))
        .doesNotContain("07700", "900123");
    assertThat(CardSchema.problems(privately.card())).isEmpty();
    FakeConnector.Call note =
        app.connector.await(c -> channel.equals(c.conversationId()), 1, WAIT).get(0);
    assertThat(note.body().path("text").asText())
        .isEqualTo(TestCoach.engine().knowledge().dialogue().text(Replies.SENT_PRIVATELY));
    assertThat(note.body().path("attachments").size()).isZero();
  }

  @Test
  void channelMention_withPersonalDataWhenNoPersonalChat_saysWhyAndDoesNotAnswerInTheChannel() {
    app.connector.refuseConversations(true);
    try {
      ObjectNode activity =
          Activities.channelMention(
              serviceUrl,
              "19:pii2@thread.tacv2",
              "u4",
              "Jane Smith from 12 Acacia Avenue sent me a friend request");
      String channel = activity.path("conversation").path("id").asText();

      app.post(activity);

      FakeConnector.Call note =
          app.connector.await(c -> channel.equals(c.conversationId()), 1, WAIT).get(0);
      assertThat(note.body().path("text").asText())
          .isEqualTo(
              TestCoach.engine().knowledge().dialogue().text(Replies.COULD_NOT_SEND_PRIVATELY));
      assertThat(app.connector.calls(c -> channel.equals(c.conversationId()))).hasSize(1);
    } finally {
      app.connector.refuseConversations(false);
    }
  }

  @Test
  void buttonSubmit_didYouMeanChoice_answersTheChosenTopic() {
    ObjectNode value = SubmitData.data(SubmitData.CHOOSE, "friend-requests", null);

    app.post(Activities.submit(serviceUrl, "a:dm-5", "personal", "u5", value));

    FakeConnector.Call call =
        app.connector.await(c -> "a:dm-5".equals(c.conversationId()), 1, WAIT).get(0);
    String topicTitle =
        TestCoach.engine().knowledge().entry("friend-requests").orElseThrow().title();
    assertThat(call.allText()).contains(topicTitle);
    assertThat(CardSchema.problems(call.card())).isEmpty();
  }

  @Test
  void buttonSubmit_overduePolicyTopic_showsEmployerReviewDateAndWarning() {
    Reply reply =
        TestCoach.engine().choose(new Turn("expect", "expect-overdue", ""), "personal-devices");
    ReplyPart.EmployerSays says = reply.part(ReplyPart.EmployerSays.class).orElseThrow();

    app.post(
        Activities.submit(
            serviceUrl,
            "a:dm-6",
            "personal",
            "u6",
            SubmitData.data(SubmitData.RELATED, "personal-devices", null)));

    String all =
        app.connector.await(c -> "a:dm-6".equals(c.conversationId()), 1, WAIT).get(0).allText();
    assertThat(says.overdue()).isTrue();
    assertThat(all)
        .contains(
            "What " + says.employer() + " says",
            "review by " + says.reviewBy(),
            "Policy review overdue");
  }

  @Test
  void feedbackSubmits_recordVerdictsWithWhatWasMissingRedacted() {
    ObjectNode unhelpful =
        SubmitData.data(SubmitData.UNHELPFUL, "messaging-apps", "kb-9")
            .put(
                SubmitData.MISSING_INPUT,
                "it did not say what to do when Jane Smith texts 07700 900123");

    app.post(
        Activities.submit(
            serviceUrl,
            "a:dm-7",
            "personal",
            "u7",
            SubmitData.data(SubmitData.HELPFUL, "friend-requests", "kb-9")));
    app.post(Activities.submit(serviceUrl, "a:dm-7", "personal", "u7", unhelpful));

    assertThat(app.connector.await(c -> "a:dm-7".equals(c.conversationId()), 2, WAIT))
        .allSatisfy(
            c ->
                assertThat(c.body().path("text").asText())
                    .isEqualTo(TestCoach.engine().knowledge().dialogue().text("feedback_thanks")));
    assertThat(app.feedback)
        .contains(
            new Feedback("friend-requests", "kb-9", true, java.util.Optional.empty())
                .from(
                    "aad-u7", new org.dpcoach.core.model.Origin("teams", Activities.TENANT, "dm")));
    Feedback missing = app.feedback.stream().filter(f -> !f.helpful()).findFirst().orElseThrow();
    assertThat(missing.topic()).isEqualTo("messaging-apps");
    assertThat(missing.missing()).isPresent();
    assertThat(missing.missing().get()).doesNotContain("07700 900123", "Jane Smith");
  }

  @Test
  void botAdded_toATeam_sendsTheWelcomeCard() {
    app.post(Activities.botAdded(serviceUrl, "19:team-general@thread.tacv2", "channel"));

    FakeConnector.Call call =
        app.connector
            .await(c -> "19:team-general@thread.tacv2".equals(c.conversationId()), 1, WAIT)
            .get(0);
    assertThat(call.kind()).isEqualTo("reply");
    assertThat(call.allText())
        .contains(
            WelcomeCard.TITLE,
            "supervision start",
            "Save CPD reflection",
            "Jurisdiction: England",
            TestCoach.engine().knowledge().employer().orElseThrow().name());
    assertThat(CardSchema.problems(call.card())).isEmpty();
  }

  @Test
  void localMode_anonymousActivities_storeNoConversationReferences() {
    app.post(Activities.botAdded(serviceUrl, "19:anon@thread.tacv2", "channel"));
    app.connector.await(c -> "19:anon@thread.tacv2".equals(c.conversationId()), 1, WAIT);

    assertThat(app.references.all()).isEmpty();
  }

  @Test
  void connectorAnswers429_replyIsRetriedAfterRetryAfterAndSentOnce() {
    app.connector.rateLimitOnce();

    app.post(Activities.personal(serviceUrl, "a:dm-8", "u8", FRIEND));

    assertThat(app.connector.await(c -> "a:dm-8".equals(c.conversationId()), 1, WAIT)).hasSize(1);
    assertThat(app.connector.rateLimited()).isEqualTo(1);
    assertThat(app.pauses).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void malformedJson_gets400AndStartsNoTurn() {
    long before = app.adapter.turnsStarted();

    assertThat(app.post("{\"type\": \"message\", ", Map.of()).statusCode()).isEqualTo(400);
    assertThat(app.post("[]", Map.of()).statusCode()).isEqualTo(400);
    assertThat(app.post("{\"type\":\"message\",\"text\":\"hi\"}", Map.of()).statusCode())
        .isEqualTo(400);
    assertThat(app.post("", Map.of()).statusCode()).isEqualTo(400);
    assertThat(
            app.post(
                    "{\"type\":\"message\",\"serviceUrl\":\""
                        + serviceUrl
                        + "\",\"conversation\":{\"id\":\"x\"},\"timestamp\":\"not a time\"}",
                    Map.of())
                .statusCode())
        .isEqualTo(400);

    assertThat(app.adapter.turnsStarted()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2026-11-23T10:00:00Z",
        "2026-11-23T11:00:00+01:00",
        "2026-11-23T10:00:00.1234567Z",
        "2026-11-23T15:30:00.5+05:30",
        "2026-11-23T10:00Z",
        "2026-11-23T11:00:00+0100"
      })
  void timestamp_everyIsoForm_acceptedAndAnswered(String timestamp) {
    String conversation = "a:ts-" + Math.abs(timestamp.hashCode());
    ObjectNode activity = Activities.personal(serviceUrl, conversation, "u-ts", FRIEND);
    activity.put("timestamp", timestamp).put("localTimestamp", timestamp);

    assertThat(app.post(activity).statusCode()).isEqualTo(200);
    assertThat(app.connector.await(c -> conversation.equals(c.conversationId()), 1, WAIT))
        .hasSize(1);
  }

  @Test
  void isoTimes_fractionsAndOffsets_keepTheInstant() {
    assertThat(IsoTimes.parse("2026-11-23T11:00:00+01:00").toInstant())
        .isEqualTo(java.time.Instant.parse("2026-11-23T10:00:00Z"));
    assertThat(IsoTimes.parse("2026-11-23T10:00:00.123Z").getNano()).isEqualTo(123_000_000);
    assertThat(
            IsoTimes.SDK.parse(
                IsoTimes.SDK.format(IsoTimes.parse("2026-11-23T10:00:00.123Z")),
                java.time.OffsetDateTime::from))
        .isEqualTo(IsoTimes.parse("2026-11-23T10:00:00.123Z"));
  }

  @Test
  void unknownActivityTypes_areAcceptedAndIgnored() throws InterruptedException {
    long before = app.adapter.turnsStarted();
    for (String type :
        new String[] {
          "typing",
          "messageReaction",
          "endOfConversation",
          "somethingNew",
          "event",
          "deleteUserData"
        }) {
      assertThat(
              app.post(Activities.activity(type, serviceUrl, "a:dm-9", "personal", "u9"))
                  .statusCode())
          .as(type)
          .isEqualTo(200);
    }

    app.awaitIdle();
    assertThat(app.connector.requests()).isZero();
    assertThat(app.adapter.turnsStarted()).isEqualTo(before);
  }

  @Test
  void fortyThousandCharacterMessage_isAnsweredLikeAnyOther() {
    String longText = FRIEND + " " + "and also ".repeat(4_500);
    assertThat(longText.length()).isGreaterThan(40_000);

    assertThat(app.post(Activities.personal(serviceUrl, "a:dm-10", "u10", longText)).statusCode())
        .isEqualTo(200);

    FakeConnector.Call call =
        app.connector.await(c -> "a:dm-10".equals(c.conversationId()), 1, WAIT).get(0);
    assertThat(CardSchema.problems(call.card())).isEmpty();
    assertThat(call.toString().length()).isLessThan(40_000);
  }

  @Test
  void badInput_emptyLongPersonalOrEmoji_shortPoliteCard() {
    java.util.List<BadInputs.Input> inputs = BadInputs.all();
    for (int i = 0; i < inputs.size(); i++) {
      String conversation = "a:dm-bad-" + i;
      BadInputs.Input input = inputs.get(i);

      assertThat(
              app.post(Activities.personal(serviceUrl, conversation, "ub" + i, input.text()))
                  .statusCode())
          .as(input.name())
          .isEqualTo(200);

      FakeConnector.Call call =
          app.connector.await(c -> conversation.equals(c.conversationId()), 1, WAIT).get(0);
      assertThat(CardSchema.problems(call.card())).as(input.name()).isEmpty();
      assertThat(call.allText().strip().length())
          .as(input.name())
          .isBetween(20, BadInputs.SHORT_CHARS);
      assertThat(call.allText())
          .as(input.name())
          .doesNotContainPattern(BadInputs.STACK_TRACE)
          .doesNotContain(BadInputs.PERSONAL_VALUES);
    }
  }

  @Test
  void serviceUrlOffTheAllowList_gets403AndNothingIsSentThere() throws InterruptedException {
    try (FakeConnector attacker = new FakeConnector("127.0.0.2")) {
      long before = app.adapter.turnsStarted();

      HttpResponse<String> response =
          app.post(Activities.personal(attacker.serviceUrl(), "a:dm-11", "u11", FRIEND));

      assertThat(response.statusCode()).isEqualTo(403);
      app.awaitIdle();
      assertThat(attacker.requests()).isZero();
      assertThat(app.adapter.turnsStarted()).isEqualTo(before);
    }
  }

  @Test
  void localMode_anyBearerToken_gets401() {
    assertThat(
            app.post(
                    Activities.personal(serviceUrl, "a:dm-12", "u12", FRIEND), "Bearer abc.def.ghi")
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void submitWithForeignValue_isIgnoredQuietly() throws InterruptedException {
    ObjectNode value = FakeConnector.JSON.createObjectNode().put("action", "somethingElse");

    assertThat(
            app.post(Activities.submit(serviceUrl, "a:dm-13", "personal", "u13", value))
                .statusCode())
        .isEqualTo(200);

    app.awaitIdle();
    assertThat(app.connector.calls(c -> "a:dm-13".equals(c.conversationId()))).isEmpty();
  }

  static JsonNode body(FakeConnector.Call call) {
    return call.body();
  }

  @Test
  void practiceCommand_withoutDesks_getsThePoliteNotSwitchedOnNote() {
    app.post(Activities.personal(serviceUrl, "a:dm-off", "u-off", "tips list"));

    FakeConnector.Call call =
        app.connector.await(c -> "a:dm-off".equals(c.conversationId()), 1, WAIT).get(0);
    assertThat(call.allText()).contains("not switched on here");
    assertThat(CardSchema.problems(call.card())).isEmpty();
  }
}
