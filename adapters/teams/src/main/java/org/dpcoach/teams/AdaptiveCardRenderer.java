package org.dpcoach.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.model.TopicRef;
import org.dpcoach.support.Json;

/**
 * Renders an engine reply as one Adaptive Card (schema {@value #VERSION}), every text escaped and
 * cut to Teams' limits. An answer with a short answer shows it first with its source line, the full
 * guidance behind a Full guidance toggle ({@code Action.ToggleVisibility}) and the top related case
 * or topic; a reply without one shows every part. Answers end with Helpful / Not helpful; the
 * escalation card sits in an attention-styled container.
 */
final class AdaptiveCardRenderer {
  static final String VERSION = "1.4";
  static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
  static final int TEXT_CHARS = 2_000;
  static final int TITLE_CHARS = 150;
  static final int BUTTON_CHARS = 50;
  static final int BUTTONS_PER_SET = 5;
  static final int MAX_BUTTONS = CardParts.MAX_BUTTONS;
  static final int MAX_CARD_CHARS = 24_000;
  static final String CUT_NOTE = "Part of this answer was cut to fit in Teams.";
  static final String FULL_GUIDANCE = "Full guidance";
  static final String GUIDANCE_ID = "guidance";
  static final String NEXT_ID = "next";

  /** The reply as a card. */
  Card render(Reply reply) {
    CardParts parts = new CardParts(reply.knowledgeVersion());
    ArrayNode body = Json.MAPPER.createArrayNode();
    if (reply.shortAnswer().isPresent()) {
      shortAnswer(reply, parts, body);
    } else {
      reply.parts().forEach(part -> body.addAll(part.accept(parts)));
    }
    ObjectNode card = card(reply.route() == Route.ESCALATE ? attention(body) : body);
    if (reply.route() == Route.ANSWER) {
      card.set("actions", feedback(reply));
    }
    return new Card(summary(reply), fitted(card));
  }

  /**
   * A tip, supervision step, debrief or desk answer as a card; a closing set of buttons becomes the
   * card's actions. A keyed post carries its key as the heading's element id ({@link CardMarker});
   * {@code key} is empty for a message that needs no marker.
   */
  Card render(Message message, String key) {
    CardParts parts = new CardParts("");
    ArrayNode body = Json.MAPPER.createArrayNode();
    message.parts().forEach(part -> body.addAll(part.accept(parts)));
    if (!key.isEmpty()) {
      ((ObjectNode) body.get(0)).put("id", CardMarker.marker(key));
    }
    JsonNode last = body.get(body.size() - 1);
    ObjectNode card;
    if ("ActionSet".equals(last.path("type").asText())) {
      body.remove(body.size() - 1);
      card = card(body);
      card.set("actions", last.get("actions"));
    } else {
      card = card(body);
    }
    return new Card(CardText.plain(message.title(), TITLE_CHARS), fitted(card));
  }

  /** A card of plain paragraphs, the first one as a heading. */
  Card notice(String title, List<String> paragraphs) {
    ArrayNode body = Json.MAPPER.createArrayNode();
    body.add(heading(title));
    paragraphs.forEach(p -> body.add(text(p)));
    return new Card(CardText.plain(title, TITLE_CHARS), card(body));
  }

  /**
   * The short answer and its source line; the Full guidance toggle; the guidance, hidden; the top
   * related case or topic, which the toggle hides while the guidance (with every related topic) is
   * shown.
   */
  private static void shortAnswer(Reply reply, CardParts parts, ArrayNode body) {
    reply.lead().forEach(part -> body.addAll(part.accept(parts)));
    Optional<TopicRef> next =
        reply.part(ReplyPart.Related.class).flatMap(r -> r.topics().stream().findFirst());
    ArrayNode targets = Json.MAPPER.createArrayNode().add(GUIDANCE_ID);
    next.ifPresent(n -> targets.add(NEXT_ID));
    ObjectNode toggle =
        Json.MAPPER
            .createObjectNode()
            .put("type", "Action.ToggleVisibility")
            .put("title", FULL_GUIDANCE);
    toggle.set("targetElements", targets);
    ObjectNode toggles = Json.MAPPER.createObjectNode().put("type", "ActionSet");
    toggles.putArray("actions").add(toggle);
    body.add(toggles);
    ObjectNode guidance = CardParts.container("default", guidance(reply, parts));
    body.add(guidance.put("id", GUIDANCE_ID).put("isVisible", false));
    next.ifPresent(n -> body.add(CardParts.choice(n, SubmitData.RELATED).put("id", NEXT_ID)));
  }

  /** The full guidance's elements, headed by the topic's title when it has no summary. */
  private static List<ObjectNode> guidance(Reply reply, CardParts parts) {
    List<ObjectNode> items = new ArrayList<>();
    boolean headed = reply.fullGuidance().stream().anyMatch(p -> p instanceof ReplyPart.Summary);
    if (!headed) {
      reply.shortAnswer().ifPresent(s -> items.add(heading(s.question()).put("size", "Medium")));
    }
    reply.fullGuidance().forEach(part -> items.addAll(part.accept(parts)));
    return items;
  }

  /** The body inside one attention-styled container, so an escalation stands out. */
  private static ArrayNode attention(ArrayNode body) {
    ObjectNode container =
        Json.MAPPER.createObjectNode().put("type", "Container").put("style", "attention");
    container.set("items", body);
    return Json.MAPPER.createArrayNode().add(container);
  }

  private static ArrayNode feedback(Reply reply) {
    ArrayNode actions = Json.MAPPER.createArrayNode();
    actions.add(
        submit(
            "👍 Helpful",
            SubmitData.data(
                SubmitData.HELPFUL, reply.topic(), reply.knowledgeVersion(), caseOf(reply))));
    ObjectNode missing = Json.MAPPER.createObjectNode().put("type", "AdaptiveCard");
    missing
        .putArray("body")
        .add(
            Json.MAPPER
                .createObjectNode()
                .put("type", "Input.Text")
                .put("id", SubmitData.MISSING_INPUT)
                .put(
                    "label",
                    "What was missing? (optional; please leave out names and other personal details)")
                .put("isMultiline", true)
                .put("maxLength", SubmitData.MAX_MISSING));
    missing
        .putArray("actions")
        .add(
            submit(
                "Send",
                SubmitData.data(
                    SubmitData.UNHELPFUL, reply.topic(), reply.knowledgeVersion(), caseOf(reply))));
    actions.add(
        Json.MAPPER
            .createObjectNode()
            .put("type", "Action.ShowCard")
            .put("title", "👎 Not helpful")
            .set("card", missing));
    return actions;
  }

  private static java.util.Optional<String> caseOf(Reply reply) {
    return reply
        .part(org.dpcoach.core.model.ReplyPart.ShortAnswer.class)
        .flatMap(org.dpcoach.core.model.ReplyPart.ShortAnswer::caseId);
  }

  static ObjectNode submit(String title, ObjectNode data) {
    ObjectNode action =
        Json.MAPPER
            .createObjectNode()
            .put("type", "Action.Submit")
            .put("title", CardText.plain(title, BUTTON_CHARS));
    action.set("data", data);
    return action;
  }

  /**
   * The card cut to Teams' size, dropping elements from the end (inside the last container when it
   * holds more than one), with a note when cut.
   */
  static ObjectNode fitted(ObjectNode card) {
    if (card.toString().length() <= MAX_CARD_CHARS) {
      return card;
    }
    ArrayNode body = (ArrayNode) card.get("body");
    while (card.toString().length() > MAX_CARD_CHARS - 200 && dropLast(body)) {
      // each pass drops one element
    }
    body.add(text(CUT_NOTE).put("isSubtle", true));
    return card;
  }

  private static boolean dropLast(ArrayNode items) {
    if (items.isEmpty()) {
      return false;
    }
    JsonNode last = items.get(items.size() - 1);
    if (last.path("items").isArray() && last.path("items").size() > 1) {
      return dropLast((ArrayNode) last.get("items"));
    }
    if (items.size() == 1) {
      return false;
    }
    items.remove(items.size() - 1);
    return true;
  }

  static ObjectNode card(ArrayNode body) {
    ObjectNode card = Json.MAPPER.createObjectNode();
    card.put("type", "AdaptiveCard").put("$schema", SCHEMA).put("version", VERSION);
    card.set("body", body);
    return card;
  }

  static ObjectNode heading(String title) {
    return text(CardText.safe(title, TITLE_CHARS)).put("size", "Large").put("weight", "Bolder");
  }

  static ObjectNode bold(String escaped) {
    return text(escaped).put("weight", "Bolder");
  }

  static ObjectNode text(String escaped) {
    return Json.MAPPER
        .createObjectNode()
        .put("type", "TextBlock")
        .put("text", escaped)
        .put("wrap", true);
  }

  /** The activity's summary (notifications): the topic's heading, or the question answered. */
  private static String summary(Reply reply) {
    return reply
        .part(ReplyPart.Summary.class)
        .map(s -> CardText.plain(s.title(), TITLE_CHARS))
        .or(() -> reply.shortAnswer().map(s -> CardText.plain(s.question(), TITLE_CHARS)))
        .orElse("dpcoach");
  }
}
