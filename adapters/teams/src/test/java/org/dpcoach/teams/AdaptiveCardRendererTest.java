package org.dpcoach.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.dpcoach.core.model.Citation;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.model.TopicRef;
import org.dpcoach.core.model.Turn;
import org.dpcoach.testkit.TestCoach;
import org.dpcoach.testkit.TestReplies;
import org.junit.jupiter.api.Test;

/**
 * Every route and part renders to a card valid against Adaptive Card 1.4, within Teams' limits,
 * with text escaped.
 */
class AdaptiveCardRendererTest {
  final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

  static Reply reply(Route route, List<ReplyPart> parts) {
    return new Reply(route, "friend-requests", 0.9, List.of(), parts, false, "kb-1");
  }

  @Test
  void render_everyPartKind_isValidAndShowsEachPart() {
    List<ReplyPart> parts =
        List.of(
            new ReplyPart.Notice(ReplyPart.Notice.Kind.PRIVACY, "privacy note"),
            new ReplyPart.Summary("Friend requests", "Decline politely."),
            new ReplyPart.Points(List.of("Keep it professional"), List.of("Accept the request")),
            new ReplyPart.EmployerSays(
                "Example Council",
                "must-not",
                "Staff must decline.",
                "Social media policy",
                "Head of HR",
                LocalDate.of(2024, 1, 31),
                true,
                "Check with your manager."),
            new ReplyPart.NationNote("Wales", "Social Care Wales says the same."),
            new ReplyPart.Contacts(List.of("Duty team: 0300 000 0000")),
            new ReplyPart.Sources(
                List.of(
                    new Citation(
                        "SWE Professional Standards", "3.1", "maintain boundaries", "regulator")),
                "kb-1"),
            new ReplyPart.Related(List.of(new TopicRef("messaging-apps", "Messaging apps"))),
            new ReplyPart.Choices(
                "Did you mean:", List.of(new TopicRef("online-presence", "Your online presence"))));

    JsonNode card = renderer.render(reply(Route.ANSWER, parts)).content();

    assertThat(CardSchema.problems(card)).isEmpty();
    String all = new FakeConnector.Call("reply", "c", "r", null, cardActivity(card)).allText();
    assertThat(all)
        .contains(
            "privacy note",
            "Friend requests",
            "Decline politely.",
            "✅ Do",
            "Keep it professional",
            "❌ Don't",
            "What Example Council says (must not)",
            "review by 2024-01-31",
            "Policy review overdue (was due 2024-01-31)",
            "In Wales",
            "Contact now",
            "📚 Sources",
            "SWE Professional Standards, 3.1: maintain boundaries",
            "Knowledge version kb-1",
            "Related topics",
            "Messaging apps",
            "Did you mean:",
            "Your online presence",
            "👍 Helpful",
            "👎 Not helpful");
    assertThat(card.path("version").asText()).isEqualTo("1.4");
    assertThat(card.findValues("data"))
        .extracting(d -> d.path("dpcoach").asText())
        .contains(SubmitData.RELATED, SubmitData.CHOOSE, SubmitData.HELPFUL, SubmitData.UNHELPFUL);
  }

  @Test
  void render_everyRouteOfTheRealEngine_isValid() {
    List<String> questions =
        List.of(
            "can I accept a friend request from a client's mum?",
            "hello",
            "what is the capital of France",
            "a child has told me they will kill themselves tonight",
            "phone",
            "topics",
            "help");
    for (String q : questions) {
      Reply reply = TestCoach.engine().handle(new Turn("u", "render-" + q.hashCode(), q));
      assertThat(CardSchema.problems(renderer.render(reply).content())).as(q).isEmpty();
    }
    TestCoach.engine()
        .knowledge()
        .topics()
        .forEach(
            t ->
                assertThat(
                        CardSchema.problems(
                            renderer
                                .render(
                                    TestCoach.engine()
                                        .choose(new Turn("u", "render-topic", ""), t.id()))
                                .content()))
                    .as(t.id())
                    .isEmpty());
  }

  @Test
  void render_shortAnswer_guidanceHiddenBehindAToggleWithTheTopRelatedBelow() {
    Reply reply = TestReplies.formerClient();

    JsonNode card = renderer.render(reply).content();

    assertThat(CardSchema.problems(card)).isEmpty();
    JsonNode body = card.path("body");
    int at = reply.lead().size() - 1;
    assertThat(body.get(at).path("text").asText())
        .isEqualTo(CardText.safe(reply.shortAnswer().orElseThrow().text(), 2_000));
    assertThat(body.get(at + 1).path("text").asText())
        .isEqualTo(
            "📚 "
                + CardText.safe(reply.shortAnswer().orElseThrow().mainSource(), 150)
                + " · Knowledge version "
                + reply.knowledgeVersion());
    JsonNode toggle = body.get(at + 2).path("actions").get(0);
    assertThat(toggle.path("type").asText()).isEqualTo("Action.ToggleVisibility");
    assertThat(toggle.path("title").asText()).isEqualTo(AdaptiveCardRenderer.FULL_GUIDANCE);
    assertThat(toggle.path("targetElements"))
        .extracting(JsonNode::asText)
        .containsExactly(AdaptiveCardRenderer.GUIDANCE_ID, AdaptiveCardRenderer.NEXT_ID);
    JsonNode guidance = body.get(at + 3);
    assertThat(guidance.path("id").asText()).isEqualTo(AdaptiveCardRenderer.GUIDANCE_ID);
    assertThat(guidance.path("isVisible").asBoolean(true)).isFalse();
    assertThat(guidance.toString()).contains("✅ Do", "📚 Sources", "Related topics");
    JsonNode next = body.get(at + 4);
    assertThat(next.path("id").asText()).isEqualTo(AdaptiveCardRenderer.NEXT_ID);
    assertThat(next.path("selectAction").path("data").path("topic").asText())
        .isEqualTo(reply.part(ReplyPart.Related.class).orElseThrow().topics().get(0).id());
    assertThat(body).hasSize(at + 5);
    assertThat(card.path("actions").findValuesAsText("title"))
        .containsExactly("👍 Helpful", "👎 Not helpful", "Send");
  }

  @Test
  void render_choicesAndRelated_oneTappableFullWidthRowEachWithTheWholeTitle() {
    String longTitle =
        "Personal devices and accounts used for work, and work devices used privately";
    List<TopicRef> options =
        List.of(
            new TopicRef("personal-devices", longTitle),
            new TopicRef("messaging-apps", "Messaging apps"),
            new TopicRef("online-presence", "Your online presence"));

    JsonNode card =
        renderer
            .render(reply(Route.CLARIFY, List.of(new ReplyPart.Choices("Did you mean:", options))))
            .content();

    assertThat(CardSchema.problems(card)).isEmpty();
    List<JsonNode> rows = new java.util.ArrayList<>();
    card.path("body").forEach(rows::add);
    assertThat(rows).hasSize(4);
    for (int i = 1; i < 4; i++) {
      JsonNode row = rows.get(i);
      assertThat(row.path("type").asText()).isEqualTo("Container");
      assertThat(row.path("selectAction").path("type").asText()).isEqualTo("Action.Submit");
      assertThat(row.path("selectAction").path("data").path("topic").asText())
          .isEqualTo(options.get(i - 1).id());
      assertThat(row.path("items").get(0).path("wrap").asBoolean()).isTrue();
    }
    assertThat(rows.get(1).path("items").get(0).path("text").asText()).isEqualTo(longTitle);
    assertThat(card.findValues("actions")).isEmpty();
    assertThat(CardHeight.px(card, 340, false)).isLessThan(400);
  }

  @Test
  void render_escalation_standsOutInAnAttentionContainer() {
    Reply reply =
        TestCoach.engine()
            .handle(
                new Turn(
                    "u",
                    "escalate-" + System.nanoTime(),
                    "a child has told me they will kill themselves tonight"));

    JsonNode card = renderer.render(reply).content();

    assertThat(reply.route()).isEqualTo(Route.ESCALATE);
    assertThat(CardSchema.problems(card)).isEmpty();
    assertThat(card.path("body")).hasSize(1);
    assertThat(card.path("body").get(0).path("type").asText()).isEqualTo("Container");
    assertThat(card.path("body").get(0).path("style").asText()).isEqualTo("attention");
    assertThat(card.path("body").get(0).toString()).contains("Contact now", "999");
  }

  @Test
  void render_shortAnswer_cardIsAboutAThirdOfTheWholeAnswerAt340px() {
    for (Reply reply : List.of(TestReplies.formerClient(), TestReplies.lostLaptop())) {
      JsonNode shortCard = renderer.render(reply).content();
      JsonNode whole = renderer.render(withoutShortAnswer(reply)).content();

      int collapsed = CardHeight.px(shortCard, 340, false);
      int expanded = CardHeight.px(shortCard, 340, true);
      int before = CardHeight.px(whole, 340, false);

      System.out.printf(
          "Teams card at 340 px (%s): short answer %d px, full guidance open %d px; the whole"
              + " answer was %d px%n",
          reply.shortAnswer().flatMap(ReplyPart.ShortAnswer::caseId).orElse(reply.topic()),
          collapsed,
          expanded,
          before);
      assertThat(collapsed).isLessThan(600).isLessThan(before / 2);
    }
  }

  static Reply withoutShortAnswer(Reply reply) {
    return new Reply(
        reply.route(),
        reply.topic(),
        reply.confidence(),
        reply.alternatives(),
        reply.parts().stream().filter(p -> !(p instanceof ReplyPart.ShortAnswer)).toList(),
        reply.answerPrivately(),
        reply.knowledgeVersion());
  }

  @Test
  void render_markdownAndDateFunctionsInText_areEscaped() {
    Reply reply =
        reply(
            Route.SMALLTALK,
            List.of(
                new ReplyPart.Summary(
                    "**bold** [link](https://evil.example)",
                    "- item\n1. first {{DATE(2017-02-14T06:08:39Z, SHORT)}} _it_")));

    JsonNode card = renderer.render(reply).content();

    assertThat(card.toString()).doesNotContain("[link]", "**bold**", "{{DATE");
    assertThat(card.path("body").get(0).path("text").asText())
        .isEqualTo("\\*\\*bold\\*\\* \\[link\\](https://evil.example)");
    assertThat(CardSchema.problems(card)).isEmpty();
  }

  @Test
  void render_hugeReply_isCutToTeamsSizeWithANote() {
    List<String> many =
        IntStream.range(0, 400).mapToObj(i -> "point " + i + " " + "x".repeat(200)).toList();
    Reply reply =
        reply(
            Route.ANSWER,
            List.of(new ReplyPart.Summary("T", "S"), new ReplyPart.Points(many, many)));

    JsonNode card = renderer.render(reply).content();

    assertThat(card.toString().length()).isLessThanOrEqualTo(AdaptiveCardRenderer.MAX_CARD_CHARS);
    assertThat(card.toString()).contains(AdaptiveCardRenderer.CUT_NOTE);
    assertThat(card.path("actions").size()).isEqualTo(2);
    assertThat(CardSchema.problems(card)).isEmpty();
  }

  @Test
  void render_manyChoicesAndLongTitles_capsButtonsAndTitleLength() {
    List<TopicRef> options =
        IntStream.range(0, 30)
            .mapToObj(
                i ->
                    new TopicRef(
                        "t" + i,
                        "A very long topic title number " + i + " ".repeat(3) + "y".repeat(80)))
            .toList();

    JsonNode card =
        renderer
            .render(reply(Route.CLARIFY, List.of(new ReplyPart.Choices("Pick one", options))))
            .content();

    List<JsonNode> titles = card.findValues("title");
    assertThat(titles).hasSize(AdaptiveCardRenderer.MAX_BUTTONS);
    assertThat(titles)
        .allSatisfy(
            t ->
                assertThat(t.asText().length())
                    .isLessThanOrEqualTo(AdaptiveCardRenderer.BUTTON_CHARS));
    assertThat(card.path("body").findValues("actions"))
        .allSatisfy(
            a -> assertThat(a.size()).isLessThanOrEqualTo(AdaptiveCardRenderer.BUTTONS_PER_SET));
    assertThat(CardSchema.problems(card)).isEmpty();
  }

  @Test
  void schemaCheck_cardWithUnknownSizeOrElement_isRejected() throws Exception {
    JsonNode badSize =
        FakeConnector.JSON.readTree(
            "{\"type\":\"AdaptiveCard\",\"version\":\"1.4\",\"body\":[{\"type\":\"TextBlock\",\"text\":\"x\",\"size\":\"Huge\"}]}");
    JsonNode badAction =
        FakeConnector.JSON.readTree(
            "{\"type\":\"AdaptiveCard\",\"version\":\"1.4\",\"body\":[],\"actions\":[{\"type\":\"Action.Submit\",\"title\":\"x\",\"colour\":\"red\"}]}");

    assertThat(CardSchema.problems(badSize)).anyMatch(p -> p.startsWith("subset:"));
    assertThat(CardSchema.problems(badAction)).anyMatch(p -> p.startsWith("subset:"));
    if (CardSchema.officialChecked()) {
      assertThat(CardSchema.problems(badSize)).anyMatch(p -> p.startsWith("official:"));
      assertThat(CardSchema.problems(badAction)).anyMatch(p -> p.startsWith("official:"));
    }
  }

  static JsonNode cardActivity(JsonNode card) {
    com.fasterxml.jackson.databind.node.ObjectNode activity = FakeConnector.JSON.createObjectNode();
    activity
        .putArray("attachments")
        .addObject()
        .put("contentType", Card.CONTENT_TYPE)
        .set("content", card);
    return activity;
  }
}
