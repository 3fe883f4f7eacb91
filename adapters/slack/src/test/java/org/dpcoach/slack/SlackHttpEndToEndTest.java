package org.dpcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.dpcoach.core.model.Feedback;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.Turn;
import org.dpcoach.testkit.TestCoach;
import org.dpcoach.testkit.TestReplies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signed requests over HTTP to the running adapter, answers asserted at a recording fake Web API.
 */
class SlackHttpEndToEndTest {
  static final Duration WAIT = Duration.ofSeconds(10);
  static final String FRIEND =
      "a service user's mum sent me a friend request on facebook, can I accept it?";
  static final AtomicInteger IDS = new AtomicInteger();
  static RunningApp app;

  @BeforeAll
  static void start() {
    app = new RunningApp();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @BeforeEach
  void clear() {
    app.api.clear();
  }

  static String eventId() {
    return "Ev" + IDS.incrementAndGet();
  }

  static String ts() {
    return "1700000000." + String.format("%06d", IDS.incrementAndGet());
  }

  static Reply expected(String text) {
    return TestCoach.engine().handle(new Turn("expect", "expect-" + IDS.incrementAndGet(), text));
  }

  static List<String> texts(JsonNode blocks) {
    return blocks.findValues("text").stream()
        .map(t -> t.isTextual() ? t.asText() : t.path("text").asText())
        .toList();
  }

  /**
   * The answer as a person reads it: the first message and, when it has a Full guidance button, the
   * guidance that button posts (clicked on the same message, where the answer was).
   */
  static String asRead(FakeSlackApi.Call post, String channel, String threadTs) {
    java.util.Optional<String> value =
        post.blocks().findParents("action_id").stream()
            .filter(n -> ActionIds.FULL.equals(n.path("action_id").asText()))
            .map(n -> n.path("value").asText())
            .findFirst();
    if (value.isEmpty()) {
      return post.allText();
    }
    boolean ephemeral = post.method().equals("response_url");
    String hook = "full-" + IDS.incrementAndGet();
    java.util.function.Predicate<FakeSlackApi.Call> guidance =
        ephemeral
            ? c -> c.params().getOrDefault("path", "").endsWith("/" + hook)
            : c -> channel.equals(c.params().get("channel"));
    int before = app.api.posts(guidance).size();
    app.requests.send(
        SlackRequests.buttonClick(
            ActionIds.FULL,
            value.get(),
            "U9",
            channel,
            ts(),
            threadTs,
            ephemeral,
            app.api.responseUrl(hook)),
        SlackRequests.FORM);
    List<FakeSlackApi.Call> posts = app.api.await(guidance, before + 1, WAIT);
    return post.allText() + "\n" + posts.get(posts.size() - 1).allText();
  }

  @Test
  void urlVerification_signed_echoesChallenge() {
    HttpResponse<String> response =
        app.requests.send(SlackRequests.urlVerification("ch-42"), SlackRequests.JSON_TYPE);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("ch-42");
  }

  @Test
  void directMessage_question_postsAnswerBlocksInTheDm() {
    Reply reply = expected(FRIEND);
    HttpResponse<String> response =
        app.requests.send(
            SlackRequests.dm(eventId(), "U1", "D100", FRIEND, ts()), SlackRequests.JSON_TYPE);

    assertThat(response.statusCode()).isEqualTo(200);
    FakeSlackApi.Call post =
        app.api.await(c -> "D100".equals(c.params().get("channel")), 1, WAIT).get(0);
    assertThat(post.method()).isEqualTo("chat.postMessage");
    assertThat(post.params()).containsEntry("unfurl_links", "0").containsEntry("unfurl_media", "0");
    JsonNode blocks = post.blocks();
    assertThat(blocks.size()).isLessThanOrEqualTo(50);
    assertThat(blocks.get(0).path("type").asText()).isIn("header", "context", "section");
    String all = asRead(post, "D100", null);
    assertThat(all).contains(reply.part(ReplyPart.Summary.class).orElseThrow().title());
    assertThat(all)
        .contains("*Do*", "*Don't*", "*Sources*", "Knowledge version " + reply.knowledgeVersion());
    assertThat(blocks.findValues("action_id").stream().map(JsonNode::asText))
        .contains(ActionIds.HELPFUL, ActionIds.UNHELPFUL);
  }

  @Test
  void directMessage_onOverduePolicyTopic_showsEmployerReviewDateAndWarning() {
    Reply reply =
        TestCoach.engine().choose(new Turn("expect", "expect-overdue", ""), "personal-devices");
    ReplyPart.EmployerSays says = reply.part(ReplyPart.EmployerSays.class).orElseThrow();
    String click =
        SlackRequests.buttonClick(
            ActionIds.CHOOSE + "0",
            "personal-devices",
            "U1",
            "D101",
            ts(),
            null,
            false,
            app.api.responseUrl("x"));

    assertThat(app.requests.send(click, SlackRequests.FORM).statusCode()).isEqualTo(200);
    String all =
        asRead(
            app.api.await(c -> "D101".equals(c.params().get("channel")), 1, WAIT).get(0),
            "D101",
            null);
    assertThat(all).contains("What " + says.employer() + " says", "review by " + says.reviewBy());
    assertThat(says.overdue()).isTrue();
    assertThat(all).contains(":warning: *Policy review overdue*");
  }

  @Test
  void appMention_inChannel_answersInTheThreadWithTheMentionStripped() {
    String ts = ts();
    Reply reply = expected(FRIEND);
    String body =
        SlackRequests.mention(
            eventId(), "U2", "C200", "<@" + FakeSlackApi.BOT_USER + "> " + FRIEND, ts);

    assertThat(app.requests.send(body, SlackRequests.JSON_TYPE).statusCode()).isEqualTo(200);
    FakeSlackApi.Call post =
        app.api.await(c -> "C200".equals(c.params().get("channel")), 1, WAIT).get(0);
    assertThat(post.method()).isEqualTo("chat.postMessage");
    assertThat(post.params()).containsEntry("thread_ts", ts);
    assertThat(asRead(post, "C200", ts))
        .contains(reply.part(ReplyPart.Summary.class).orElseThrow().title());
  }

  @Test
  void appMention_withPersonalData_repliesEphemerallyAndSaysWhy() {
    String ts = ts();
    String text =
        "<@" + FakeSlackApi.BOT_USER + "> can I text Jane Smith on 07700 900123 from my own phone?";

    app.requests.send(
        SlackRequests.mention(eventId(), "U3", "C300", text, ts), SlackRequests.JSON_TYPE);

    FakeSlackApi.Call post =
        app.api.await(c -> "C300".equals(c.params().get("channel")), 1, WAIT).get(0);
    assertThat(post.method()).isEqualTo("chat.postEphemeral");
    assertThat(post.params()).containsEntry("user", "U3").containsEntry("thread_ts", ts);
    assertThat(post.allText())
        .contains("Only you can see this reply")
        .doesNotContain("07700", "900123");
    assertThat(app.api.posts(c -> c.method().equals("chat.postMessage"))).isEmpty();
  }

  @Test
  void slashCommandAsk_question_answersPrivatelyThroughTheResponseUrl() {
    Reply reply = expected(FRIEND);
    String body =
        SlackRequests.command("ask " + FRIEND, "U4", "C400", app.api.responseUrl("cmd-ask"));

    HttpResponse<String> response = app.requests.send(body, SlackRequests.FORM);

    assertThat(response.statusCode()).isEqualTo(200);
    FakeSlackApi.Call post = app.api.await(c -> c.method().equals("response_url"), 1, WAIT).get(0);
    assertThat(post.json()).contains("\"response_type\":\"ephemeral\"");
    assertThat(asRead(post, "C400", null))
        .contains(reply.part(ReplyPart.Summary.class).orElseThrow().title());
  }

  @Test
  void slashCommandHelp_noQuestion_explainsHowToAsk() {
    app.requests.send(
        SlackRequests.command("help", "U4", "C400", app.api.responseUrl("cmd-help")),
        SlackRequests.FORM);

    assertThat(app.api.await(c -> c.method().equals("response_url"), 1, WAIT).get(0).allText())
        .contains("How to ask", "/dpcoach ask");
  }

  @Test
  void slashCommandTopics_listsEveryTopicAsButtons() {
    app.requests.send(
        SlackRequests.command("topics", "U4", "C400", app.api.responseUrl("cmd-topics")),
        SlackRequests.FORM);

    JsonNode blocks =
        app.api.await(c -> c.method().equals("response_url"), 1, WAIT).get(0).blocks();
    List<String> values = blocks.findValues("value").stream().map(JsonNode::asText).toList();
    assertThat(values)
        .containsAll(TestCoach.engine().knowledge().topics().stream().map(t -> t.id()).toList());
    assertThat(blocks.size()).isLessThanOrEqualTo(50);
  }

  @Test
  void buttonClick_didYouMeanChoice_answersTheChosenTopicInTheThread() {
    String root = ts();
    String click =
        SlackRequests.buttonClick(
            ActionIds.CHOOSE + "1",
            "friend-requests",
            "U5",
            "C500",
            ts(),
            root,
            false,
            app.api.responseUrl("b"));

    assertThat(app.requests.send(click, SlackRequests.FORM).statusCode()).isEqualTo(200);
    FakeSlackApi.Call post =
        app.api.await(c -> "C500".equals(c.params().get("channel")), 1, WAIT).get(0);
    assertThat(post.params()).containsEntry("thread_ts", root);
    String title = TestCoach.engine().knowledge().entry("friend-requests").orElseThrow().title();
    assertThat(asRead(post, "C500", root)).contains(title);
  }

  @Test
  void fullGuidanceButton_noEarlierTurnHere_postsTheGuidanceFromTheButtonValueAlone() {
    String value = GuidanceKey.of("friend-requests", Optional.of(TestReplies.CASE_ID)).value();
    String click =
        SlackRequests.buttonClick(
            ActionIds.FULL, value, "U6", "D600", ts(), null, false, app.api.responseUrl("f"));

    assertThat(app.requests.send(click, SlackRequests.FORM).statusCode()).isEqualTo(200);
    FakeSlackApi.Call post =
        app.api.await(c -> "D600".equals(c.params().get("channel")), 1, WAIT).get(0);
    String title = TestCoach.engine().knowledge().entry("friend-requests").orElseThrow().title();
    assertThat(post.params()).doesNotContainKey("thread_ts");
    assertThat(post.allText()).contains(title, "*Do*", "*Don't*", "*Sources*");
    assertThat(post.blocks().findValues("action_id").stream().map(JsonNode::asText))
        .doesNotContain(ActionIds.HELPFUL, ActionIds.FULL);
  }

  @Test
  void fullGuidanceButton_onAnAnswerInAChannelThread_postsInThatThread() {
    String root = ts();
    String click =
        SlackRequests.buttonClick(
            ActionIds.FULL,
            GuidanceKey.of("messaging-apps", Optional.empty()).value(),
            "U6",
            "C601",
            ts(),
            root,
            false,
            app.api.responseUrl("g"));

    app.requests.send(click, SlackRequests.FORM);

    FakeSlackApi.Call post =
        app.api.await(c -> "C601".equals(c.params().get("channel")), 1, WAIT).get(0);
    assertThat(post.params()).containsEntry("thread_ts", root);
    assertThat(post.allText()).contains("*Do*", "*Sources*");
  }

  @Test
  void fullGuidanceButton_malformedValue_postsNothing() {
    int before = app.api.posts().size();
    for (String value : List.of("", "friend-requests", "<!channel>|x", "a|b|c", "x".repeat(300))) {
      String click =
          SlackRequests.buttonClick(
              ActionIds.FULL, value, "U6", "C602", ts(), null, false, app.api.responseUrl("h"));
      assertThat(app.requests.send(click, SlackRequests.FORM).statusCode()).isEqualTo(200);
    }
    String valid = GuidanceKey.of("friend-requests", Optional.empty()).value();
    app.requests.send(
        SlackRequests.buttonClick(
            ActionIds.FULL, valid, "U6", "C603", ts(), null, false, app.api.responseUrl("i")),
        SlackRequests.FORM);

    app.api.await(c -> "C603".equals(c.params().get("channel")), 1, WAIT);
    assertThat(app.api.posts()).hasSize(before + 1);
  }

  @Test
  void buttonClick_onEphemeralAnswer_answersThroughTheResponseUrl() {
    String click =
        SlackRequests.buttonClick(
            ActionIds.RELATED + "0",
            "friend-requests",
            "U5",
            "C501",
            ts(),
            null,
            true,
            app.api.responseUrl("eph"));

    app.requests.send(click, SlackRequests.FORM);

    assertThat(app.api.await(c -> c.method().equals("response_url"), 1, WAIT)).hasSize(1);
    assertThat(app.api.posts(c -> c.method().equals("chat.postMessage"))).isEmpty();
  }

  @Test
  void feedbackButtons_helpfulRecordsAndThanks_notHelpfulOpensTheModal() {
    String helpful =
        SlackRequests.buttonClick(
            ActionIds.HELPFUL,
            "friend-requests|v9",
            "U6",
            "C600",
            ts(),
            null,
            false,
            app.api.responseUrl("fb"));
    String unhelpful =
        SlackRequests.buttonClick(
            ActionIds.UNHELPFUL,
            "friend-requests|v9",
            "U6",
            "C600",
            ts(),
            null,
            false,
            app.api.responseUrl("fb"));

    app.requests.send(helpful, SlackRequests.FORM);
    app.requests.send(unhelpful, SlackRequests.FORM);

    assertThat(app.api.await(c -> c.method().equals("response_url"), 1, WAIT).get(0).allText())
        .contains("Thanks");
    FakeSlackApi.Call open = app.api.await(c -> c.method().equals("views.open"), 1, WAIT).get(0);
    assertThat(open.params().get("trigger_id")).startsWith("trig-click-");
    assertThat(open.params().get("view")).contains(ActionIds.FEEDBACK_VIEW, "friend-requests|v9");
    assertThat(app.feedback)
        .anySatisfy(
            f ->
                assertThat(f)
                    .isEqualTo(
                        new Feedback("friend-requests", "v9", true, java.util.Optional.empty())
                            .from(
                                "U6",
                                new org.dpcoach.core.model.Origin("slack", "T0001", "channel"))));
  }

  @Test
  void feedbackModal_submitted_recordsRedactedTextNeverTheRaw() {
    String body =
        SlackRequests.feedbackSubmission(
            "messaging-apps|v9",
            "it did not say what to do when Jane Smith texts 07700 900123",
            "U7");

    HttpResponse<String> response = app.requests.send(body, SlackRequests.FORM);

    assertThat(response.statusCode()).isEqualTo(200);
    app.awaitIdle();
    Feedback recorded =
        app.feedback.stream()
            .filter(f -> f.topic().equals("messaging-apps"))
            .findFirst()
            .orElseThrow();
    assertThat(recorded.helpful()).isFalse();
    assertThat(recorded.missing()).isPresent();
    assertThat(recorded.missing().get()).doesNotContain("07700 900123");
  }

  @Test
  void appHomeOpened_publishesTheHomeTabWithJurisdictionEmployerAndTopics() {
    app.requests.send(SlackRequests.homeOpened(eventId(), "U8"), SlackRequests.JSON_TYPE);

    FakeSlackApi.Call publish =
        app.api.await(c -> c.method().equals("views.publish"), 1, WAIT).get(0);
    assertThat(publish.params()).containsEntry("user_id", "U8");
    String employer = TestCoach.engine().knowledge().employer().orElseThrow().name();
    assertThat(publish.allText())
        .contains(
            "How to ask",
            "*For teams*",
            "supervision schedule #channel thu 14:00",
            "*Jurisdiction:* England",
            employer,
            TestCoach.engine().knowledge().topics().get(0).title());
  }

  @Test
  void forgedStaleAndFutureRequests_get401AndPostNothing() {
    long now = System.currentTimeMillis() / 1000;
    String body = SlackRequests.dm(eventId(), "U9", "D900", FRIEND, ts());

    assertThat(
            app.requests
                .send(body, SlackRequests.JSON_TYPE, now, "v0=" + "0".repeat(64))
                .statusCode())
        .isEqualTo(401);
    assertThat(app.requests.send(body, SlackRequests.JSON_TYPE, now - 301, null).statusCode())
        .isEqualTo(401);
    assertThat(app.requests.send(body, SlackRequests.JSON_TYPE, now + 301, null).statusCode())
        .isEqualTo(401);
    assertThat(app.requests.send(body, SlackRequests.JSON_TYPE, now, "").statusCode())
        .isEqualTo(401);

    app.awaitIdle();
    assertThat(app.api.posts()).isEmpty();
  }

  @Test
  void sameEventDeliveredThreeTimes_answersOnce() {
    String body = SlackRequests.dm(eventId(), "U10", "D1000", FRIEND, ts());

    for (int i = 0; i < 3; i++) {
      assertThat(app.requests.send(body, SlackRequests.JSON_TYPE).statusCode()).isEqualTo(200);
    }

    app.api.await(c -> "D1000".equals(c.params().get("channel")), 1, WAIT);
    app.awaitIdle();
    assertThat(app.api.posts(c -> "D1000".equals(c.params().get("channel")))).hasSize(1);
  }

  @Test
  void retryOfADeliveryThatWasRejected_isStillAnswered() {
    String body = SlackRequests.dm(eventId(), "U11", "D1100", FRIEND, ts());
    long now = System.currentTimeMillis() / 1000;

    assertThat(app.requests.send(body, SlackRequests.JSON_TYPE, now, "v0=bad").statusCode())
        .isEqualTo(401);
    assertThat(app.requests.send(body, SlackRequests.JSON_TYPE).statusCode()).isEqualTo(200);

    assertThat(app.api.await(c -> "D1100".equals(c.params().get("channel")), 1, WAIT)).hasSize(1);
  }

  @Test
  void botMessages_ownAndOthers_areIgnored() {
    app.requests.send(
        SlackRequests.botDm(
            eventId(), FakeSlackApi.BOT_ID, FakeSlackApi.BOT_USER, "D1200", FRIEND, ts()),
        SlackRequests.JSON_TYPE);
    app.requests.send(
        SlackRequests.botDm(eventId(), "BOTHER", null, "D1200", FRIEND, ts()),
        SlackRequests.JSON_TYPE);

    app.awaitIdle();
    assertThat(app.api.posts(c -> "D1200".equals(c.params().get("channel")))).isEmpty();
  }

  @Test
  void postMessageRateLimited_waitsRetryAfterAndPostsOnce() {
    app.api.rateLimitOnce("chat.postMessage");

    app.requests.send(
        SlackRequests.dm(eventId(), "U13", "D1300", FRIEND, ts()), SlackRequests.JSON_TYPE);

    assertThat(app.api.await(c -> "D1300".equals(c.params().get("channel")), 1, WAIT)).hasSize(1);
    assertThat(app.api.rateLimited()).containsExactly("chat.postMessage");
    assertThat(app.pauses).contains(Duration.ofSeconds(1));
  }
}
