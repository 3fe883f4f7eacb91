package org.dpcoach.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.schema.Activity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.dpcoach.core.model.Action;
import org.dpcoach.core.port.ChampionQuestion;
import org.dpcoach.store.Database;
import org.dpcoach.store.StoreSettings;
import org.dpcoach.support.Json;
import org.dpcoach.testkit.TestCoach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The asker edits their question in Teams before it goes: the preview card carries a box with the
 * redacted text; Edit shows it again and Send sends what is in the box, each redacted again; an
 * edit that leaves nothing gets the clear reply and nothing is sent. Once answered, the champions'
 * post is rewritten (updateActivity on its kept activity id) to say so, without its buttons.
 */
class ChampionEditCardsTest {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final String CANARY_NAME = "Jane Smith";
  static final String CANARY_PHONE = "07700 900123";
  static final String ASKER = "asker";
  static final String ASKER_CHAT = "a:asker-chat";
  static final String CHANNEL = "19:champions@thread.tacv2";
  static final TestTokens TOKENS = new TestTokens();
  @TempDir static Path dir;
  static FakeOpenId openId;
  static FakeGraph graph;
  static Database db;
  static RunningTeams app;
  static String serviceUrl;

  @BeforeAll
  static void start() {
    openId = new FakeOpenId(TOKENS);
    graph = new FakeGraph();
    db = Database.open(StoreSettings.embedded(dir));
    PracticeFixture practice = new PracticeFixture().withChampions(db);
    app = RunningTeams.authenticated(openId, graph, practice::desks);
    serviceUrl = app.connector.serviceUrl();
    post(Activities.inTeam(Activities.botAdded(serviceUrl, CHANNEL, "channel"), CHANNEL));
    next(
        c -> c.kind().equals("send") && c.conversationId().startsWith("a:personal-"),
        () ->
            post(
                Activities.mentioningBot(
                    Activities.channelMessage(
                        serviceUrl,
                        CHANNEL + ";messageid=" + Activities.nextId(),
                        PracticeFixture.CHAMPION,
                        "champions here"))));
    next(
        c -> c.kind().equals("reply") && ASKER_CHAT.equals(c.conversationId()),
        () -> post(Activities.personal(serviceUrl, ASKER_CHAT, ASKER, "hello")));
  }

  @AfterAll
  static void stop() {
    app.close();
    graph.close();
    openId.close();
    db.close();
  }

  @Test
  void previewBox_editedThenSent_postsTheRedactedEditOnce() {
    FakeConnector.Call preview = preview("Can " + CANARY_NAME + " visit on Sunday?");
    long id = question(preview);
    assertThat(box(preview).path("value").asText())
        .contains("[NAME]", "Sunday")
        .doesNotContain(CANARY_NAME);

    FakeConnector.Call edited =
        press(submit(Action.CHAMPION_EDIT, id, "Can I call " + CANARY_PHONE + "?"));
    assertThat(box(edited).path("value").asText()).isEqualTo("Can I call [PHONE]?");
    assertThat(press(submit(Action.CHAMPION_EDIT, id, CANARY_NAME)).allText())
        .contains("Nothing would be left");
    assertThat(db.championQuestions().find(id).orElseThrow().text())
        .isEqualTo("Can I call [PHONE]?");

    String sent =
        press(submit(Action.CHAMPION_SEND, id, "Can I ring " + CANARY_PHONE + "?")).allText();
    assertThat(sent).contains("Sent to the champions");
    assertThat(
            app.connector.await(
                c -> toChannel(c) && c.allText().contains("Question " + id + " for"), 1, WAIT))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.allText().replace("\\", ""))
                    .contains("Can I ring [PHONE]?")
                    .doesNotContain(CANARY_PHONE, CANARY_NAME, "Can I call"));
  }

  @Test
  void previewBox_emptiedOrOnlyPersonal_clearReplyAndNothingSent() {
    long id = question(preview("How do I share a care plan safely?"));

    assertThat(press(submit(Action.CHAMPION_SEND, id, "   ")).allText())
        .contains("Nothing was sent");
    assertThat(press(submit(Action.CHAMPION_SEND, id, CANARY_NAME + " " + CANARY_PHONE)).allText())
        .contains("Nothing would be left");

    assertThat(db.championQuestions().find(id).orElseThrow().state())
        .isEqualTo(ChampionQuestion.State.DRAFT);
    assertThat(app.connector.calls(c -> toChannel(c) && c.allText().contains("Question " + id)))
        .isEmpty();
  }

  @Test
  void answered_theChampionsPostIsRewrittenWithoutButtons() {
    long id = question(preview("How do I keep visit notes on my phone?"));
    assertThat(press(submit(Action.CHAMPION_SEND, id, "How do I keep visit notes?")).allText())
        .contains("Sent to the champions");
    String postId =
        db.outbox().find("champion:" + id + ":post").orElseThrow().messageId().orElseThrow();
    ObjectNode answer =
        Json.MAPPER
            .createObjectNode()
            .put(SubmitData.KEY, Action.CHAMPION_ANSWER)
            .put(ChampionCards.QUESTION, id)
            .put(ChampionCards.ANSWER_INPUT, "In the case record app, never in photos.");

    next(
        ChampionCardsTest.privateTo(PracticeFixture.CHAMPION),
        () ->
            post(
                Activities.submit(
                    serviceUrl,
                    CHANNEL + ";messageid=" + postId,
                    "channel",
                    PracticeFixture.CHAMPION,
                    answer)));

    assertThat(
            app.connector.await(
                c -> c.kind().equals("update") && postId.equals(c.replyToId()), 1, WAIT))
        .allSatisfy(
            u -> {
              assertThat(u.conversationId()).isEqualTo(CHANNEL);
              assertThat(u.allText()).contains("Answered by", "How do I keep visit notes?");
              assertThat(u.allText()).doesNotContain("I'll take it", "Not for us");
              assertThat(CardSchema.problems(u.card())).isEmpty();
            });
  }

  @Test
  void inbox_editBox_keptOnlyRedacted() throws Exception {
    ObjectNode value = submit(Action.CHAMPION_SEND, 1, "Can I ring " + CANARY_PHONE + "?");
    Activity activity =
        ActivityJson.MAPPER.treeToValue(
            Activities.submit(serviceUrl, ASKER_CHAT, "personal", ASKER, value), Activity.class);
    ClaimsIdentity anonymous =
        JwtTokenValidation.authenticateRequest(
                activity, null, new SimpleCredentialProvider(null, null), null)
            .get();

    StoredTurn.Recorded kept =
        StoredTurn.record(anonymous, activity, TestCoach.engine().guard(), 4_000);

    assertThat(kept.found()).isTrue();
    assertThat(kept.payload()).contains(ChampionCards.EDIT_INPUT).doesNotContain("900123");
  }

  static FakeConnector.Call preview(String question) {
    ObjectNode ask =
        Json.MAPPER
            .createObjectNode()
            .put(SubmitData.KEY, Action.CHAMPION_ASK)
            .put(ChampionCards.ASK_TEXT, question);
    FakeConnector.Call preview = press(ask);
    assertThat(preview.allText()).contains("Check your question");
    return preview;
  }

  /** The preview's box, which Send and Edit submit. */
  static JsonNode box(FakeConnector.Call preview) {
    List<JsonNode> boxes =
        preview.card().findParents("id").stream()
            .filter(n -> n.path("id").asText().equals(ChampionCards.EDIT_INPUT))
            .toList();
    assertThat(boxes)
        .singleElement()
        .satisfies(b -> assertThat(b.path("type").asText()).isEqualTo("Input.Text"));
    return boxes.get(0);
  }

  static long question(FakeConnector.Call preview) {
    return ChampionCardsTest.submitOf(preview, Action.CHAMPION_SEND)
        .path(ChampionCards.QUESTION)
        .asLong();
  }

  /** A button's data with the box's text, as Teams merges the card's inputs into it. */
  static ObjectNode submit(String action, long id, String boxText) {
    return Json.MAPPER
        .createObjectNode()
        .put(SubmitData.KEY, action)
        .put(ChampionCards.QUESTION, id)
        .put(ChampionCards.EDIT_INPUT, boxText);
  }

  static boolean toChannel(FakeConnector.Call c) {
    return c.kind().equals("send") && c.conversationId().startsWith(CHANNEL);
  }

  static void post(ObjectNode activity) {
    assertThat(app.post(activity, TOKENS.header(TestTokens.Claims.valid(serviceUrl))).statusCode())
        .isEqualTo(200);
  }

  static FakeConnector.Call press(ObjectNode value) {
    return next(
        c -> c.kind().equals("reply") && ASKER_CHAT.equals(c.conversationId()),
        () -> post(Activities.submit(serviceUrl, ASKER_CHAT, "personal", ASKER, value)));
  }

  static FakeConnector.Call next(Predicate<FakeConnector.Call> match, Runnable action) {
    int before = app.connector.calls(match).size();
    action.run();
    List<FakeConnector.Call> found = app.connector.await(match, before + 1, WAIT);
    assertThat(found).hasSizeGreaterThan(before);
    assertThat(CardSchema.problems(found.get(before).card())).isEmpty();
    return found.get(before);
  }
}
