package org.dpcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.dpcoach.core.port.ChampionQuestion;
import org.dpcoach.testkit.Poll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Asking a digital champion in Slack, signed over HTTP to the real app, the Web API a loopback
 * fake, the questions in H2: ask, preview, confirm, the champions' post, a champion's thread reply
 * delivered once, "Not for us", the reminder, and what a non-champion cannot do.
 */
class ChampionQueueTest {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final String CANARY_NAME = "Jane Smith";
  static final String CANARY_PHONE = "07700 900123";
  static final String QUESTION =
      "Can I message " + CANARY_NAME + " on WhatsApp at " + CANARY_PHONE + " about visits?";
  static final String ASKER = "UASKER";

  /** The asker's DM with the app, where Slack puts a post to their user id. */
  static final String ASKER_DM = FakeSlackApi.dm(ASKER);

  static final String CHANNEL = PracticeFixture.CHAMPIONS_CHANNEL;
  static final AtomicInteger IDS = new AtomicInteger();
  @TempDir static Path dir;
  static PracticeFixture practice;
  static RunningApp app;
  static DoneInbox inbox;
  static PrintStream realErr;
  static final ByteArrayOutputStream LOGS = new ByteArrayOutputStream();

  @BeforeAll
  static void start() {
    realErr = System.err;
    System.setErr(new PrintStream(tee(realErr, LOGS), true, StandardCharsets.UTF_8));
    practice = new PracticeFixture(dir);
    inbox = new DoneInbox();
    app = new RunningApp(practice::desks, inbox);
  }

  @AfterAll
  static void stop() {
    app.close();
    practice.close();
    System.setErr(realErr);
  }

  /** Sends a slash command; the text of its private answer. */
  static String command(String text, String user) {
    String name = "champ-cmd-" + IDS.incrementAndGet();
    app.requests.send(
        SlackRequests.command(text, user, "C100", app.api.responseUrl(name), "trig-" + name),
        SlackRequests.FORM);
    return hook(name).allText();
  }

  /** Clicks a button; the private answer it got. */
  static FakeSlackApi.Call click(String action, String value, String user, String channel) {
    String name = "champ-btn-" + IDS.incrementAndGet();
    app.requests.send(
        SlackRequests.buttonClick(
            action,
            value,
            user,
            channel,
            "1700000000.000001",
            null,
            false,
            app.api.responseUrl(name)),
        SlackRequests.FORM);
    return hook(name);
  }

  /** Clicks a button that opens a modal (nothing comes back to the response URL). */
  static void clickOpening(String action, String value, String user) {
    app.requests.send(
        SlackRequests.buttonClick(
            action,
            value,
            user,
            CHANNEL,
            "1700000000.000001",
            null,
            false,
            app.api.responseUrl("champ-open-" + IDS.incrementAndGet())),
        SlackRequests.FORM);
  }

  static FakeSlackApi.Call hook(String name) {
    List<FakeSlackApi.Call> answers =
        app.api.await(
            c -> c.method().equals("response_url") && c.params().get("path").endsWith("/" + name),
            1,
            WAIT);
    assertThat(answers).hasSize(1);
    return answers.get(0);
  }

  static long ask() {
    String reply = command("ask-champion " + QUESTION, ASKER);
    assertThat(reply).contains("Sent to the champions");
    return Long.parseLong(reply.replaceAll("(?s).*Question (\\d+) is with.*", "$1"));
  }

  static Predicate<FakeSlackApi.Call> postTo(String channel, String containing) {
    return c ->
        c.method().equals("chat.postMessage")
            && channel.equals(c.params().get("channel"))
            && c.allText().contains(containing);
  }

  static String postTs(long id) {
    return practice.championPostTs(id);
  }

  static ChampionQuestion.State state(long id) {
    return practice.db.championQuestions().find(id).orElseThrow().state();
  }

  /** Sends a signed event and waits until the app has answered it (or dropped it as seen). */
  static void event(String body, int doneBefore) {
    app.requests.send(body, SlackRequests.JSON_TYPE);
    assertThat(Poll.atLeast(doneBefore + 1, WAIT, () -> inbox.done)).hasSizeGreaterThan(doneBefore);
  }

  static String button(JsonNode blocks, String actionId) {
    List<String> values = new ArrayList<>();
    blocks.findParents("action_id").stream()
        .filter(n -> n.path("action_id").asText().equals(actionId))
        .forEach(n -> values.add(n.path("value").asText()));
    assertThat(values).as(actionId).isNotEmpty();
    return values.get(0);
  }

  @Test
  void askChampion_withPersonalData_confirmsAndPostsTheRedactedQuestionOnce() throws Exception {
    long id = ask();

    List<FakeSlackApi.Call> posts =
        app.api.await(postTo(CHANNEL, "Question " + id + " for"), 1, WAIT);
    assertThat(posts).hasSize(1);
    assertThat(posts.get(0).allText())
        .contains("[NAME]", "[PHONE]", "WhatsApp", "pat")
        .doesNotContain(CANARY_NAME, CANARY_PHONE);
    assertThat(posts.get(0).blocks().toString())
        .contains("dpcoach.champion.take", "dpcoach.champion.answer", "dpcoach.champion.decline");
    assertThat(practice.everyStoredText())
        .noneMatch(v -> v.contains(CANARY_NAME) || v.contains("900123"));
    assertThat(LOGS.toString(StandardCharsets.UTF_8)).doesNotContain(CANARY_NAME, "900123");
  }

  @Test
  void fallbackInDm_offersAChampion_previewThenSendPostsOnce() {
    app.requests.send(
        SlackRequests.dm("Ev-fb-1", ASKER, "DASK", "Wie spät ist es bitte?", "1700000100.000001"),
        SlackRequests.JSON_TYPE);
    List<FakeSlackApi.Call> offers =
        app.api.await(postTo("DASK", "Ask a digital champion"), 1, WAIT);
    assertThat(offers).hasSize(1);
    String asked = button(offers.get(0).blocks(), "dpcoach.champion.ask");
    assertThat(asked).contains("Wie spät");

    FakeSlackApi.Call preview = click("dpcoach.champion.ask", asked, ASKER, "DASK");
    assertThat(preview.allText()).contains("Check your question", "Wie spät", "pat");
    String draft = button(preview.blocks(), "dpcoach.champion.send");
    assertThat(app.api.posts(postTo(CHANNEL, "Question " + draft + " for"))).isEmpty();

    assertThat(click("dpcoach.champion.send", draft, "USOMEONE", "DASK").allText())
        .contains("Nothing changed");
    assertThat(click("dpcoach.champion.send", draft, ASKER, "DASK").allText())
        .contains("Sent to the champions");
    assertThat(click("dpcoach.champion.send", draft, ASKER, "DASK").allText())
        .contains("Nothing changed");
    assertThat(app.api.await(postTo(CHANNEL, "Question " + draft + " for"), 1, WAIT)).hasSize(1);
  }

  @Test
  void championThreadReply_redeliveredAndRepeated_answersTheAskerOnceInTheirDm() {
    long id = ask();
    String ts = postTs(id);
    String reply = "Use the work phone, and note it on the record.";
    int done = inbox.done.size();
    String body =
        SlackRequests.threadMessage(
            "Ev-ans-" + id, PracticeFixture.CHAMPION, CHANNEL, reply, "1700000200.000001", ts);

    event(body, done);
    app.requests.send(body, SlackRequests.JSON_TYPE); // Slack's retry: same event id
    event(
        SlackRequests.threadMessage(
            "Ev-ans2-" + id,
            PracticeFixture.SECOND_CHAMPION,
            CHANNEL,
            "me too",
            "1700000200.000002",
            ts),
        done + 1);

    // the answer's job (its DM, then the thread note) may finish after the inbox counted the ask's
    app.api.await(postTo(ASKER_DM, "answered your question " + id), 1, WAIT);
    app.api.await(
        c -> postTo(CHANNEL, "Answered by").test(c) && ts.equals(c.params().get("thread_ts")),
        1,
        WAIT);
    List<FakeSlackApi.Call> dms = app.api.posts(postTo(ASKER_DM, "answered your question " + id));
    assertThat(dms)
        .singleElement()
        .satisfies(d -> assertThat(d.allText()).contains("work phone").doesNotContain("me too"));
    assertThat(app.api.posts(postTo(CHANNEL, "Answered by")))
        .anyMatch(p -> ts.equals(p.params().get("thread_ts")));
    assertThat(state(id)).isEqualTo(ChampionQuestion.State.ANSWERED);
  }

  @Test
  void nonChampion_answerButtonOrThreadReply_changesNothing() {
    long id = ask();
    int done = inbox.done.size();

    assertThat(click("dpcoach.champion.answer", Long.toString(id), "UPLAIN", CHANNEL).allText())
        .contains("Only the digital champions");
    assertThat(click("dpcoach.champion.take", Long.toString(id), "UPLAIN", CHANNEL).allText())
        .contains("Only the digital champions");
    event(
        SlackRequests.threadMessage(
            "Ev-plain-" + id, "UPLAIN", CHANNEL, "my answer", "1700000300.000001", postTs(id)),
        done + 2);

    assertThat(state(id)).isEqualTo(ChampionQuestion.State.OPEN);
    assertThat(app.api.posts(postTo(ASKER_DM, "answered your question " + id))).isEmpty();
    // a champion's Answer opens the answer box, which says they can also reply in the thread
    clickOpening("dpcoach.champion.answer", Long.toString(id), PracticeFixture.CHAMPION);
    assertThat(
            app.api.await(
                c ->
                    c.method().equals("views.open")
                        && c.params().get("view").contains("answered|" + id + "|"),
                1,
                WAIT))
        .singleElement()
        .satisfies(v -> assertThat(v.allText()).contains("Reply in the question's thread"));
  }

  @Test
  void notForUs_champion_askerToldWhereToGoOnce() {
    long id = ask();

    assertThat(
            click("dpcoach.champion.decline", Long.toString(id), PracticeFixture.CHAMPION, CHANNEL)
                .allText())
        .contains("not for the champions");
    assertThat(
            click("dpcoach.champion.decline", Long.toString(id), PracticeFixture.CHAMPION, CHANNEL)
                .allText())
        .contains("Nothing changed");

    List<FakeSlackApi.Call> told =
        app.api.await(postTo(ASKER_DM, "question " + id + " isn't one"), 1, WAIT);
    assertThat(told)
        .singleElement()
        .satisfies(t -> assertThat(t.allText()).contains("line manager"));
    assertThat(state(id)).isEqualTo(ChampionQuestion.State.DECLINED);
  }

  @Test
  void reminder_nobodyTookItForAWorkingDay_repostedOnceWithAReminder() {
    practice.championClock.set(Instant.parse("2026-11-27T15:00:00Z")); // Friday 15:00
    long id = ask();

    practice.championClock.set(Instant.parse("2026-11-30T14:59:00Z"));
    practice.champions.tick();
    assertThat(app.api.posts(postTo(CHANNEL, "Still waiting: question " + id))).isEmpty();
    practice.championClock.set(Instant.parse("2026-11-30T15:00:00Z"));
    practice.champions.tick();
    practice.championClock.set(Instant.parse("2026-12-03T15:00:00Z"));
    practice.champions.tick();

    assertThat(app.api.posts(postTo(CHANNEL, "Still waiting: question " + id))).hasSize(1);
  }

  @Test
  void championsHere_throughTheOneParser_onlyAChampionSetsIt() {
    assertThat(command("champions here", ASKER)).contains("Only the digital champions");
    assertThat(command("champions here", PracticeFixture.CHAMPION))
        .contains("now the champions' channel");
    assertThat(command("ask-champion withdraw 999999", ASKER)).contains("999999");
  }

  @Test
  void badInput_emptyOnlyPersonalOrHuge_clearReplyAndNothingPosted() {
    int posts = app.api.posts(c -> CHANNEL.equals(c.params().get("channel"))).size();

    assertThat(command("ask-champion", ASKER)).contains("Write your question");
    assertThat(command("ask-champion " + CANARY_NAME + " " + CANARY_PHONE, ASKER))
        .contains("Nothing would be left");
    assertThat(command("ask-champion " + "help ".repeat(8_000), ASKER)).contains("too long");

    assertThat(app.api.posts(c -> CHANNEL.equals(c.params().get("channel")))).hasSize(posts);
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
