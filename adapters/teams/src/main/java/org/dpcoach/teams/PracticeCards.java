package org.dpcoach.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.dpcoach.core.practice.PracticeMessage;
import org.dpcoach.support.Json;

/**
 * Renders tips and supervision messages as Adaptive Cards (schema {@value
 * AdaptiveCardRenderer#VERSION}): heading, paragraphs, sources and {@code Action.Submit} buttons. A
 * keyed post carries its key as the heading's element id, a marker Microsoft Graph returns with the
 * card so the reconcile step can find the post again. A paragraph fenced with three backticks (the
 * CPD record) is shown line by line in monospace, its Markdown kept as typed so it can be copied.
 */
final class PracticeCards {
  static final String KEY_ID = "dpcoach-key:";
  static final String FENCE = "```";
  static final int MAX_LINES = 120;

  /** The message as a card; {@code key} is empty for a message that needs no marker. */
  Card render(PracticeMessage message, String key) {
    ArrayNode body = Json.MAPPER.createArrayNode();
    ObjectNode heading = AdaptiveCardRenderer.heading(message.title());
    if (!key.isEmpty()) {
      heading.put("id", marker(key));
    }
    body.add(heading);
    for (String paragraph : message.paragraphs()) {
      if (fenced(paragraph)) {
        body.add(monospace(paragraph));
      } else {
        body.add(
            AdaptiveCardRenderer.text(CardText.safe(paragraph, AdaptiveCardRenderer.TEXT_CHARS)));
      }
    }
    if (!message.sources().isEmpty()) {
      body.add(AdaptiveCardRenderer.bold("📚 Sources").put("separator", true));
      message
          .sources()
          .forEach(
              s ->
                  body.add(
                      AdaptiveCardRenderer.text(
                              "• " + CardText.safe(s, AdaptiveCardRenderer.TEXT_CHARS))
                          .put("spacing", "Small")));
    }
    ObjectNode card = AdaptiveCardRenderer.card(body);
    if (!message.actions().isEmpty()) {
      ArrayNode actions = card.putArray("actions");
      message
          .actions()
          .forEach(
              a ->
                  actions.add(
                      a.id().equals(PracticeMessage.Action.OPEN)
                          ? Json.MAPPER
                              .createObjectNode()
                              .put("type", "Action.OpenUrl")
                              .put("title", CardText.plain(a.label(), 50))
                              .put("url", a.value())
                              .put("style", "positive")
                          : a.id().startsWith("champion.")
                              ? ChampionCards.action(a)
                              : AdaptiveCardRenderer.submit(a.label(), PracticeSubmit.data(a))));
    }
    return new Card(
        CardText.plain(message.title(), AdaptiveCardRenderer.TITLE_CHARS),
        AdaptiveCardRenderer.fitted(card));
  }

  /** The element id that marks a keyed post. */
  static String marker(String key) {
    return KEY_ID + key;
  }

  /** Whether a card's JSON text (as Graph returns an attachment's content) carries the key. */
  static boolean carries(String cardJson, String key) {
    if (cardJson == null || key.isEmpty() || !cardJson.contains(KEY_ID)) {
      return false;
    }
    try {
      JsonNode card = Json.MAPPER.readTree(cardJson);
      String wanted = marker(key);
      for (JsonNode element : card.path("body")) {
        if (wanted.equals(element.path("id").asText(null))) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean fenced(String paragraph) {
    String p = paragraph.strip();
    return p.length() > 2 * FENCE.length() && p.startsWith(FENCE) && p.endsWith(FENCE);
  }

  /** Each line of a fenced paragraph as monospace text, escaped so its Markdown shows as typed. */
  private static ObjectNode monospace(String paragraph) {
    String p = paragraph.strip();
    String inside = p.substring(FENCE.length(), p.length() - FENCE.length()).strip();
    ObjectNode box =
        Json.MAPPER.createObjectNode().put("type", "Container").put("style", "emphasis");
    ArrayNode items = box.putArray("items");
    boolean gap = false;
    for (String line : inside.lines().limit(MAX_LINES).toList()) {
      if (line.isBlank()) {
        gap = true;
        continue;
      }
      ObjectNode text =
          AdaptiveCardRenderer.text(CardText.safe(line, AdaptiveCardRenderer.TEXT_CHARS))
              .put("fontType", "Monospace")
              .put("spacing", gap ? "Medium" : "None");
      items.add(text);
      gap = false;
    }
    return box;
  }
}
