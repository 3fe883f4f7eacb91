package org.dpcoach.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.dpcoach.core.model.Action;
import org.dpcoach.core.port.ChampionQuestion;
import org.dpcoach.store.Database;
import org.dpcoach.store.StoreSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Asking a digital champion in Teams: authenticated activities POSTed to the running app, cards at
 * the fake Bot Connector, questions in H2. "champions here", ask, preview, confirm, the champions'
 * post, an answer (the Answer box or an @mention in the thread) delivered once, "Not for us", the
 * reminder, and what a non-champion cannot do.
 */
class ChampionCardsTest {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final String CANARY_NAME = "Jane Smith";
  static final String CANARY_PHONE = "07700 900123";
  static final String QUESTION =
      "Can I message " + CANARY_NAME + " on WhatsApp at " + CANARY_PHONE + " about visits?";
  static final String ASKER = "asker";
  static final String ASKER_CHAT = "a:asker-chat";
  static final String CHANNEL = "19:champions@thread.tacv2";
  static final TestTokens TOKENS = new TestTokens();
  static final ByteArrayOutputStream LOGS = new ByteArrayOutputStream();
  @TempDir static Path dir;
  static FakeOpenId openId;
  static FakeGraph graph;
  static Database db;
  static PracticeFixture practice;
  static RunningTeams app;
  static String serviceUrl;
  static PrintStream realErr;

  @BeforeAll
  static void start() {
    realErr = System.err;
    System.setErr(new PrintStream(tee(realErr, LOGS), true, StandardCharsets.UTF_8));
    openId = new FakeOpenId(TOKENS);
    graph = new FakeGraph();
    db = Database.open(StoreSettings.embedded(dir));
    practice = new PracticeFixture().withChampions(db);
    app = RunningTeams.authenticated(openId, graph, practice::desks);
    serviceUrl = app.connector.serviceUrl();
    post(Activities.inTeam(Activities.botAdded(serviceUrl, CHANNEL, "channel"), CHANNEL));
    assertThat(inChannel(CHANNEL, "plain", "champions here"))
        .contains("Only the digital champions");
    assertThat(inChannel(CHANNEL, PracticeFixture.CHAMPION, "champions here"))
        .contains("now the champions' channel");
    assertThat(inPersonal("hello")).isNotBlank();
  }

  @AfterAll
  static void stop() {
    app.close();
    graph.close();
    openId.close();
    db.close();
    System.setErr(realErr);
  }

  static void post(ObjectNode activity) {
    assertThat(app.post(activity, TOKENS.header(TestTokens.Claims.valid(serviceUrl))).statusCode())
        .isEqualTo(200);
  }

  static Predicate<FakeConnector.Call> to(String conversation) {
    return c -> c.kind().equals("send") && c.conversationId().startsWith(conversation);
  }

  static Predicate<FakeConnector.Call> privateTo(String user) {
    return c ->
        c.kind().equals("send")
            && String.valueOf(c.conversationId()).startsWith("a:personal-")
            && ("29:" + user).equals(c.body().path("recipient").path("id").asText());
  }

  static FakeConnector.Call next(Predicate<FakeConnector.Call> match, Runnable action) {
    int before = app.connector.calls(match).size();
    action.run();
    List<FakeConnector.Call> found = app.connector.await(match, before + 1, WAIT);
    assertThat(found).hasSizeGreaterThan(before);
    assertThat(CardSchema.problems(found.get(before).card())).isEmpty();
    return found.get(before);
  }

  /** Types to the bot in a channel thread; the text of its private answer. */
  static String inChannel(String channel, String user, String text) {
    return next(
            privateTo(user),
            () ->
                post(
                    Activities.mentioningBot(
                        Activities.channelMessage(
                            serviceUrl,
                            channel + ";messageid=" + Activities.nextId(),
                            user,
                            text))))
        .allText();
  }

  /** The asker types in their personal chat; the answer there. */
  static String inPersonal(String text) {
    return next(
            c -> c.kind().equals("reply") && ASKER_CHAT.equals(c.conversationId()),
            () -> post(Activities.personal(serviceUrl, ASKER_CHAT, ASKER, text)))
        .allText();
  }

  static FakeConnector.Call press(String user, String conversation, ObjectNode value) {
    return next(
        conversation.startsWith("a:")
            ? c -> c.kind().equals("reply") && conversation.equals(c.conversationId())
            : privateTo(user),
        () ->
            post(
                Activities.submit(
                    serviceUrl,
                    conversation,
                    conversation.startsWith("a:") ? "personal" : "channel",
                    user,
                    value)));
  }

  static ObjectNode button(String action, long id) {
    return ChampionCards.action(new Action(action, "x", Long.toString(id)))
        .findValue("data")
        .deepCopy();
  }

  static long ask() {
    String sent = inPersonal("ask-champion " + QUESTION);
    assertThat(sent).contains("Sent to the champions");
    return Long.parseLong(sent.replaceAll("(?s).*Question (\\d+) is with.*", "$1"));
  }

  static String postId(long id) {
    return db.outbox().find("champion:" + id + ":post").orElseThrow().messageId().orElseThrow();
  }

  static ChampionQuestion.State state(long id) {
    return db.championQuestions().find(id).orElseThrow().state();
  }

  static List<FakeConnector.Call> answersTo(long id) {
    return app.connector.calls(
        c -> to(ASKER_CHAT).test(c) && c.allText().contains("answered your question " + id));
  }

  @Test
  void askChampion_withPersonalData_postsTheRedactedQuestionOnceWithTheAnswerBox()
      throws Exception {
    long id = ask();

    FakeConnector.Call post =
        app.connector
            .await(
                c -> to(CHANNEL).test(c) && c.allText().contains("Question " + id + " for"),
                1,
                WAIT)
            .get(0);
    assertThat(post.allText().replace("\\", ""))
        .contains("[NAME]", "[PHONE]", "Sam Example", "I'll take it", "Not for us")
        .doesNotContain(CANARY_NAME, CANARY_PHONE);
    assertThat(post.card().toString())
        .contains("Action.ShowCard", "Input.Text", ChampionCards.ANSWER_INPUT);
    assertThat(CardSchema.problems(post.card())).isEmpty();
    assertThat(db.championQuestions().find(id).orElseThrow().text()).doesNotContain(CANARY_NAME);
    assertThat(LOGS.toString(StandardCharsets.UTF_8)).doesNotContain(CANARY_NAME, "900123");
  }

  @Test
  void answerBox_pressedAgainAndRedelivered_answersTheAskerOnce() {
    long id = ask();
    String thread = CHANNEL + ";messageid=" + postId(id);
    ObjectNode value = button(Action.CHAMPION_ANSWER, id);
    value.put(ChampionCards.ANSWER_INPUT, "Use the work phone, and tell " + CANARY_NAME + ".");
    ObjectNode submit =
        Activities.submit(serviceUrl, thread, "channel", PracticeFixture.CHAMPION, value);

    String first =
        next(privateTo(PracticeFixture.CHAMPION), () -> post(submit.deepCopy())).allText();
    String again =
        next(
                privateTo(PracticeFixture.SECOND_CHAMPION),
                () ->
                    post(
                        Activities.submit(
                            serviceUrl, thread, "channel", PracticeFixture.SECOND_CHAMPION, value)))
            .allText();
    post(submit); // the Bot Connector's redelivery: the same activity id

    assertThat(first).contains("on its way");
    assertThat(again).contains("is answered already");
    assertThat(answersTo(id))
        .singleElement()
        .satisfies(
            a ->
                assertThat(a.allText().replace("\\", ""))
                    .contains("work phone", "[NAME]", "Sam Example")
                    .doesNotContain(CANARY_NAME));
    assertThat(state(id)).isEqualTo(ChampionQuestion.State.ANSWERED);
  }

  @Test
  void mentionReplyInTheThread_champion_answersOnceNonChampionChangesNothing() {
    long id = ask();
    String thread = CHANNEL + ";messageid=" + postId(id);

    next(
        privateTo("plain"),
        () ->
            post(
                Activities.mentioningBot(
                    Activities.channelMessage(serviceUrl, thread, "plain", "just do it"))));
    assertThat(state(id)).isEqualTo(ChampionQuestion.State.OPEN);
    assertThat(press("plain", thread, button(Action.CHAMPION_TAKE, id)).allText())
        .contains("Only the digital champions");
    ObjectNode answerByPlain = button(Action.CHAMPION_ANSWER, id);
    answerByPlain.put(ChampionCards.ANSWER_INPUT, "my answer");
    assertThat(press("plain", thread, answerByPlain).allText())
        .contains("Only the digital champions");
    assertThat(state(id)).isEqualTo(ChampionQuestion.State.OPEN);

    String reply =
        next(
                privateTo(PracticeFixture.CHAMPION),
                () ->
                    post(
                        Activities.mentioningBot(
                            Activities.channelMessage(
                                serviceUrl,
                                thread,
                                PracticeFixture.CHAMPION,
                                "Record it on the file."))))
            .allText();
    assertThat(reply).contains("on its way");
    assertThat(answersTo(id))
        .singleElement()
        .satisfies(a -> assertThat(a.allText()).contains("Record it"));
    assertThat(
            app.connector.await(
                c -> to(thread).test(c) && c.allText().contains("Answered by"), 1, WAIT))
        .hasSize(1);
  }

  @Test
  void notForUs_champion_askerToldWhereToGoOnce() {
    long id = ask();
    String thread = CHANNEL + ";messageid=" + postId(id);

    assertThat(
            press(PracticeFixture.CHAMPION, thread, button(Action.CHAMPION_DECLINE, id)).allText())
        .contains("not for the champions");
    assertThat(
            press(PracticeFixture.CHAMPION, thread, button(Action.CHAMPION_DECLINE, id)).allText())
        .contains("Nothing changed");

    assertThat(
            app.connector.calls(
                c -> to(ASKER_CHAT).test(c) && c.allText().contains("isn't one for them")))
        .singleElement()
        .satisfies(c -> assertThat(c.allText()).contains("line manager"));
  }

  @Test
  void fallback_offersAChampion_previewThenSendPostsOnce() {
    FakeConnector.Call offer =
        next(
            c -> ASKER_CHAT.equals(c.conversationId()) && c.allText().contains("Ask a digital"),
            () ->
                post(Activities.personal(serviceUrl, ASKER_CHAT, ASKER, "Wie spät ist es bitte?")));
    JsonNode data = submitOf(offer, Action.CHAMPION_ASK);
    assertThat(data.path(ChampionCards.ASK_TEXT).asText()).contains("Wie spät");

    FakeConnector.Call preview = press(ASKER, ASKER_CHAT, (ObjectNode) data.deepCopy());
    assertThat(preview.allText()).contains("Check your question", "Wie spät", "Sam Example");
    JsonNode send = submitOf(preview, Action.CHAMPION_SEND);
    assertThat(press(ASKER, ASKER_CHAT, (ObjectNode) send.deepCopy()).allText())
        .contains("Sent to the champions");
    assertThat(press(ASKER, ASKER_CHAT, (ObjectNode) send.deepCopy()).allText())
        .contains("Nothing changed");
    long id = send.path(ChampionCards.QUESTION).asLong();
    assertThat(
            app.connector.await(
                c -> to(CHANNEL).test(c) && c.allText().contains("Question " + id + " for"),
                1,
                WAIT))
        .hasSize(1);
  }

  @Test
  void reminder_nobodyTookItForAWorkingDay_repostedOnce() {
    practice.championClock.set(Instant.parse("2026-11-27T15:00:00Z"));
    long id = ask();

    practice.championClock.set(Instant.parse("2026-11-30T14:59:00Z"));
    practice.champions.tick();
    practice.championClock.set(Instant.parse("2026-11-30T15:00:00Z"));
    practice.champions.tick();
    practice.championClock.set(Instant.parse("2026-12-04T15:00:00Z"));
    practice.champions.tick();

    assertThat(
            app.connector.calls(
                c ->
                    to(CHANNEL).test(c)
                        && c.allText().contains("Still waiting: question " + id + "\n")))
        .hasSize(1);
  }

  @Test
  void badInput_emptyOnlyPersonalOrHuge_clearReplyAndNothingPosted() {
    int posts = app.connector.calls(to(CHANNEL)).size();

    assertThat(inPersonal("ask-champion")).contains("Write your question");
    assertThat(inPersonal("ask-champion " + CANARY_NAME + " " + CANARY_PHONE))
        .contains("Nothing would be left");
    assertThat(inPersonal("ask-champion " + "help ".repeat(8_000))).contains("too long");

    assertThat(app.connector.calls(to(CHANNEL))).hasSize(posts);
  }

  static JsonNode submitOf(FakeConnector.Call call, String action) {
    return call.card().findParents(SubmitData.KEY).stream()
        .filter(n -> n.path(SubmitData.KEY).asText().equals(action))
        .findFirst()
        .orElseThrow();
  }

  private static OutputStream tee(PrintStream a, ByteArrayOutputStream b) {
    return new OutputStream() {
      @Override
      public void write(int x) {
        a.write(x);
        synchronized (b) {
          b.write(x);
        }
      }
    };
  }
}
