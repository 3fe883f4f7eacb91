package org.dpcoach.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.dpcoach.core.model.Citation;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.model.TopicRef;

/**
 * Renders an engine reply as one Adaptive Card (schema {@value #VERSION}), every part of it, with
 * every text escaped and cut to Teams' limits; answers end with Helpful / Not helpful.
 */
final class AdaptiveCardRenderer {
  static final String VERSION = "1.4";
  static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
  static final int TEXT_CHARS = 2_000;
  static final int TITLE_CHARS = 150;
  static final int BUTTON_CHARS = 50;
  static final int BUTTONS_PER_SET = 5;
  static final int MAX_BUTTONS = 10;
  static final int MAX_CARD_CHARS = 24_000;
  static final String CUT_NOTE = "Part of this answer was cut to fit in Teams.";
  static final ObjectMapper JSON = new ObjectMapper();

  /** The reply as a card. */
  Card render(Reply reply) {
    ArrayNode body = JSON.createArrayNode();
    reply.parts().forEach(part -> part(part, body));
    ObjectNode card = card(body);
    if (reply.route() == Route.ANSWER) {
      card.set("actions", feedback(reply));
    }
    return new Card(summary(reply), fitted(card));
  }

  /** A card of plain paragraphs, the first one as a heading. */
  Card notice(String title, List<String> paragraphs) {
    ArrayNode body = JSON.createArrayNode();
    body.add(heading(title));
    paragraphs.forEach(p -> body.add(text(p)));
    return new Card(CardText.plain(title, TITLE_CHARS), card(body));
  }

  private void part(ReplyPart part, ArrayNode body) {
    if (part instanceof ReplyPart.Notice n) {
      body.add(
          text(icon(n.kind()) + " " + CardText.safe(n.text(), TEXT_CHARS))
              .put("isSubtle", true)
              .put("size", "Small"));
    } else if (part instanceof ReplyPart.Summary s) {
      body.add(heading(s.title()));
      body.add(text(CardText.safe(s.text(), TEXT_CHARS)));
    } else if (part instanceof ReplyPart.Points p) {
      list("✅ Do", p.dos(), body);
      list("❌ Don't", p.donts(), body);
    } else if (part instanceof ReplyPart.EmployerSays e) {
      employer(e, body);
    } else if (part instanceof ReplyPart.NationNote n) {
      body.add(bold("In " + CardText.safe(n.nation(), TITLE_CHARS)));
      body.add(text(CardText.safe(n.text(), TEXT_CHARS)));
    } else if (part instanceof ReplyPart.Contacts c) {
      list("Contact now", c.lines(), body);
    } else if (part instanceof ReplyPart.Sources s) {
      sources(s, body);
    } else if (part instanceof ReplyPart.Related r) {
      body.add(bold("Related topics").put("separator", true));
      buttons(r.topics(), SubmitData.RELATED, body);
    } else if (part instanceof ReplyPart.Choices c) {
      body.add(text(CardText.safe(c.prompt(), TEXT_CHARS)));
      buttons(c.options(), SubmitData.CHOOSE, body);
    }
  }

  private static void list(String heading, List<String> items, ArrayNode body) {
    if (items.isEmpty()) {
      return;
    }
    body.add(bold(heading));
    items.forEach(i -> body.add(text("• " + CardText.safe(i, TEXT_CHARS)).put("spacing", "Small")));
  }

  private static void employer(ReplyPart.EmployerSays e, ArrayNode body) {
    String stance =
        e.stance() == null || e.stance().isBlank()
            ? ""
            : " (" + CardText.safe(e.stance().replace('-', ' '), TITLE_CHARS) + ")";
    body.add(
        bold("🏢 What " + CardText.safe(e.employer(), TITLE_CHARS) + " says" + stance)
            .put("separator", true));
    body.add(text(CardText.safe(e.text(), TEXT_CHARS)));
    body.add(
        text(CardText.safe(e.document(), TITLE_CHARS)
                + " · owner "
                + CardText.safe(e.owner(), TITLE_CHARS)
                + " · review by "
                + e.reviewBy())
            .put("isSubtle", true)
            .put("size", "Small"));
    if (e.overdue()) {
      ObjectNode warning = JSON.createObjectNode().put("type", "Container").put("style", "warning");
      warning
          .putArray("items")
          .add(
              text("⚠️ Policy review overdue (was due "
                      + e.reviewBy()
                      + "). "
                      + CardText.safe(e.overdueNote(), TEXT_CHARS))
                  .put("color", "Attention")
                  .put("weight", "Bolder"));
      body.add(warning);
    }
  }

  private static void sources(ReplyPart.Sources s, ArrayNode body) {
    body.add(bold("📚 Sources").put("separator", true));
    for (Citation c : s.citations()) {
      String point = c.point() == null || c.point().isBlank() ? "" : ": " + c.point();
      body.add(text("• " + CardText.safe(c.label() + point, TEXT_CHARS)).put("spacing", "Small"));
    }
    body.add(
        text("Knowledge version " + CardText.safe(s.knowledgeVersion(), TITLE_CHARS))
            .put("isSubtle", true)
            .put("size", "Small"));
  }

  private static void buttons(List<TopicRef> topics, String verb, ArrayNode body) {
    List<TopicRef> shown = topics.size() > MAX_BUTTONS ? topics.subList(0, MAX_BUTTONS) : topics;
    for (int from = 0; from < shown.size(); from += BUTTONS_PER_SET) {
      ObjectNode set = JSON.createObjectNode().put("type", "ActionSet");
      ArrayNode actions = set.putArray("actions");
      for (TopicRef t : shown.subList(from, Math.min(shown.size(), from + BUTTONS_PER_SET))) {
        actions.add(submit(t.title(), SubmitData.data(verb, t.id(), null)));
      }
      body.add(set);
    }
  }

  private static ArrayNode feedback(Reply reply) {
    ArrayNode actions = JSON.createArrayNode();
    actions.add(
        submit(
            "👍 Helpful",
            SubmitData.data(
                SubmitData.HELPFUL, reply.topic(), reply.knowledgeVersion(), caseOf(reply))));
    ObjectNode missing = JSON.createObjectNode().put("type", "AdaptiveCard");
    missing
        .putArray("body")
        .add(
            JSON.createObjectNode()
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
        JSON.createObjectNode()
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
        JSON.createObjectNode()
            .put("type", "Action.Submit")
            .put("title", CardText.plain(title, BUTTON_CHARS));
    action.set("data", data);
    return action;
  }

  /** The card cut to Teams' size, dropping body items from the end, with a note when cut. */
  static ObjectNode fitted(ObjectNode card) {
    if (card.toString().length() <= MAX_CARD_CHARS) {
      return card;
    }
    ArrayNode body = (ArrayNode) card.get("body");
    while (body.size() > 1 && card.toString().length() > MAX_CARD_CHARS - 200) {
      body.remove(body.size() - 1);
    }
    body.add(text(CUT_NOTE).put("isSubtle", true));
    return card;
  }

  static ObjectNode card(ArrayNode body) {
    ObjectNode card = JSON.createObjectNode();
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
    return JSON.createObjectNode().put("type", "TextBlock").put("text", escaped).put("wrap", true);
  }

  private static String summary(Reply reply) {
    return reply
        .part(ReplyPart.Summary.class)
        .map(s -> CardText.plain(s.title(), TITLE_CHARS))
        .orElse("dpcoach");
  }

  private static String icon(ReplyPart.Notice.Kind kind) {
    return switch (kind) {
      case PRIVACY -> "🔒";
      case TRUNCATED -> "✂️";
      case FOLLOW_UP -> "↩️";
      case NO_REFERRAL -> "🚨";
      case INFO -> "ℹ️";
      case NATION -> "📍";
    };
  }
}
