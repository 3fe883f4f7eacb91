package org.dpcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpcoach.slack.ChampionQueueTest.postTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.dpcoach.testkit.Poll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The champions' Slack polish, signed over HTTP to the real app with a loopback Web API that keeps
 * Slack's DM semantics (the answer DM opened with conversations.open, as SlackPosterTest shows for
 * the channel poster), names as mentions, the asker's Edit box, a champion's Answer box, and the
 * champions' post rewritten once it is answered.
 */
class ChampionModalsTest {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final String CANARY_NAME = "Jane Smith";
  static final String CANARY_PHONE = "07700 900123";
  static final String ASKER = "UASKER";
  static final String ASKER_DM = FakeSlackApi.dm(ASKER);
  static final String CHAMPION = PracticeFixture.CHAMPION;
  static final String CHANNEL = PracticeFixture.CHAMPIONS_CHANNEL;
  static final AtomicInteger IDS = new AtomicInteger();
  @TempDir static Path dir;
  static PracticeFixture practice;
  static RunningApp app;

  @BeforeAll
  static void start() {
    practice = new PracticeFixture(dir);
    app = new RunningApp(practice::desks, new DoneInbox());
  }

  @AfterAll
  static void stop() {
    app.close();
    practice.close();
  }

  @Test
  void threadReply_slackNames_mentionsNotBareIds() {
    long id = ask("Can I use WhatsApp for visit reminders?");
    String reply = "Use the work phone.";
    app.requests.send(
        SlackRequests.threadMessage(
            "Ev-name-" + id, CHAMPION, CHANNEL, reply, "1700000400.000001", postTs(id)),
        SlackRequests.JSON_TYPE);

    FakeSlackApi.Call dm = await(postTo(ASKER_DM, "answered your question " + id)).get(0);
    assertThat(dm.allText()).contains("<@" + CHAMPION + "> answered").doesNotContain("\uE000");
    assertThat(dm.allText().replace("<@" + CHAMPION + ">", "")).doesNotContain(CHAMPION);
    assertThat(app.api.posts(postTo(CHANNEL, "Question " + id + " for")).get(0).allText())
        .contains("Asked by <@" + ASKER + "|pat>");
  }

  @Test
  void editButton_asker_boxHoldsRedactedTextAndEachEditIsRedactedAgain() throws IOException {
    FakeSlackApi.Call preview =
        click("dpcoach.champion.ask", "Can " + CANARY_NAME + " visit on Sunday?", ASKER);
    String draft = ChampionQueueTest.button(preview.blocks(), "dpcoach.champion.edit");
    long id = Long.parseLong(draft);
    assertThat(click("dpcoach.champion.edit", draft, "USOMEONE").allText())
        .contains("There is no question");

    String back = open("dpcoach.champion.edit", draft, ASKER);
    JsonNode view = view("edited|" + id + "|");
    assertThat(view.toString()).contains("[NAME]", "Sunday").doesNotContain(CANARY_NAME);

    submit(view, "Can I text " + CANARY_PHONE + " about the rota change?", ASKER);
    assertThat(hooks(back, 1).get(0).allText())
        .contains("Check your question", "rota change", "[PHONE]")
        .doesNotContain(CANARY_PHONE);
    submit(view, CANARY_NAME + " " + CANARY_PHONE, ASKER);
    assertThat(hooks(back, 2).get(1).allText()).contains("Nothing would be left");
    assertThat(practice.db.championQuestions().find(id).orElseThrow().text())
        .contains("rota change", "[PHONE]")
        .doesNotContain(CANARY_PHONE);
    assertThat(app.api.posts(postTo(CHANNEL, "Question " + id + " for"))).isEmpty();

    assertThat(click("dpcoach.champion.send", draft, ASKER).allText()).contains("Sent to the");
    assertThat(await(postTo(CHANNEL, "Question " + id + " for")).get(0).allText())
        .contains("rota change")
        .doesNotContain(CANARY_PHONE, CANARY_NAME);
  }

  @Test
  void answerButton_championsBoxAnswersOnce_nonChampionChangesNothing() throws IOException {
    long id = ask("How do I share a care plan safely?");
    open("dpcoach.champion.answer", Long.toString(id), CHAMPION);
    JsonNode view = view("answered|" + id + "|");
    assertThat(view("answered|" + id + "|").path("private_metadata").asText()).endsWith(CHANNEL);

    submit(view, "I'll answer that", "UPLAIN");
    assertThat(await(ephemeralTo("UPLAIN", "Only the digital champions"))).hasSize(1);
    submit(view, "Use the secure email, not " + CANARY_PHONE + ".", CHAMPION);
    submit(view, "Use the secure email, not " + CANARY_PHONE + ", again.", CHAMPION);

    assertThat(await(ephemeralTo(CHAMPION, "Question " + id + " is answered already"))).hasSize(1);
    assertThat(await(postTo(ASKER_DM, "answered your question " + id)))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.allText())
                    .contains("secure email", "[PHONE]", "<@" + CHAMPION + "|pat> answered")
                    .doesNotContain(CANARY_PHONE));
    assertThat(app.api.posts(postTo(ASKER_DM, "I'll answer that"))).isEmpty();
    assertPostSays(id, "Answered by <@" + CHAMPION + "|pat>");
  }

  @Test
  void notForUs_thePostSaysSoWithoutButtons() {
    long id = ask("Is there a form for mileage claims?");
    assertThat(click("dpcoach.champion.decline", Long.toString(id), CHAMPION).allText())
        .contains("not for the champions");
    assertPostSays(id, "Not for us: <@" + CHAMPION + "|pat>");
  }

  /** The champions' post was rewritten with chat.update and Slack keeps it without buttons. */
  private static void assertPostSays(long id, String said) {
    String ts = postTs(id);
    assertThat(await(c -> c.method().equals("chat.update") && ts.equals(c.params().get("ts"))))
        .allSatisfy(c -> assertThat(c.params()).containsEntry("channel", CHANNEL));
    assertThat(
            Poll.atLeast(
                1,
                WAIT,
                () ->
                    app.api.kept(CHANNEL).stream()
                        .filter(m -> m.path("ts").asText().equals(ts))
                        .filter(m -> m.path("blocks").toString().contains(said))
                        .toList()))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.path("blocks").toString())
                    .contains(said)
                    .doesNotContain("dpcoach.champion.take", "dpcoach.champion.answer"));
  }

  static long ask(String question) {
    String name = "polish-cmd-" + IDS.incrementAndGet();
    app.requests.send(
        SlackRequests.command(
            "ask-champion " + question, ASKER, "C100", app.api.responseUrl(name), "trig-" + name),
        SlackRequests.FORM);
    String reply = hooks(name, 1).get(0).allText();
    assertThat(reply).contains("Sent to the champions");
    long id = Long.parseLong(reply.replaceAll("(?s).*Question (\\d+) is with.*", "$1"));
    await(postTo(CHANNEL, "Question " + id + " for"));
    return id;
  }

  static FakeSlackApi.Call click(String action, String value, String user) {
    String name = open(action, value, user);
    return hooks(name, 1).get(0);
  }

  /** Clicks a button; the name of its response URL. */
  static String open(String action, String value, String user) {
    String name = "polish-btn-" + IDS.incrementAndGet();
    app.requests.send(
        SlackRequests.buttonClick(
            action,
            value,
            user,
            user.equals(ASKER) ? "DASK" : CHANNEL,
            "1700000000.000001",
            null,
            false,
            app.api.responseUrl(name)),
        SlackRequests.FORM);
    return name;
  }

  static List<FakeSlackApi.Call> hooks(String name, int count) {
    List<FakeSlackApi.Call> answers =
        app.api.await(
            c -> c.method().equals("response_url") && c.params().get("path").endsWith("/" + name),
            count,
            WAIT);
    assertThat(answers).hasSize(count);
    return answers;
  }

  /** The latest modal opened whose private metadata starts so. */
  static JsonNode view(String metadata) throws IOException {
    List<FakeSlackApi.Call> opened =
        await(
            c ->
                c.method().equals("views.open")
                    && c.params().getOrDefault("view", "").contains(metadata));
    return FakeSlackApi.JSON.readTree(opened.get(opened.size() - 1).params().get("view"));
  }

  /** Submits the modal with the text, as the user. */
  static void submit(JsonNode opened, String text, String user) {
    ObjectNode root = FakeSlackApi.JSON.createObjectNode();
    root.put("type", "view_submission").put("api_app_id", "A0001");
    root.putObject("team").put("id", "T0001").put("domain", "fake");
    root.putObject("user").put("id", user).put("username", "pat").put("team_id", "T0001");
    ObjectNode view =
        root.putObject("view")
            .put("id", "V" + IDS.incrementAndGet())
            .put("type", "modal")
            .put("callback_id", opened.path("callback_id").asText())
            .put("private_metadata", opened.path("private_metadata").asText())
            .put("team_id", "T0001");
    view.putObject("state")
        .putObject("values")
        .putObject(ChampionModals.BLOCK)
        .putObject(ChampionModals.INPUT)
        .put("type", "plain_text_input")
        .put("value", text);
    app.requests.send(SlackRequests.form("payload", root.toString()), SlackRequests.FORM);
  }

  static List<FakeSlackApi.Call> await(Predicate<FakeSlackApi.Call> match) {
    List<FakeSlackApi.Call> found = app.api.await(match, 1, WAIT);
    assertThat(found).isNotEmpty();
    return found;
  }

  static Predicate<FakeSlackApi.Call> ephemeralTo(String user, String containing) {
    return c ->
        c.method().equals("chat.postEphemeral")
            && user.equals(c.params().get("user"))
            && c.allText().contains(containing);
  }

  static String postTs(long id) {
    return practice.championPostTs(id);
  }
}
