package org.dpcoach.teams;

import com.fasterxml.jackson.databind.JsonNode;
import org.dpcoach.testkit.WrappedText;

/**
 * How tall an Adaptive Card is in Teams at a given width, estimated in pixels: 16 px of card
 * padding; text in Segoe UI at about 0.5 em a character (Small 12 px on 16 px lines, Default 14 on
 * 20, Medium 16 on 22, Large 20 on 27, bold 5% wider), wrapped at word boundaries; 8 px between
 * elements (4 when Small), 17 more for a separator; 8 px of padding inside a styled container;
 * buttons 32 px tall, as wide as their title (7 px a character) plus 24 px, 8 px apart, flowing
 * into rows; hidden elements count only when {@code expanded}.
 */
final class CardHeight {
  private CardHeight() {}

  /** The card's estimated height, in pixels, at {@code width} pixels. */
  static int px(JsonNode card, int width, boolean expanded) {
    int inner = width - 32;
    int height = 32 + items(card.path("body"), inner, expanded);
    if (card.path("actions").size() > 0) {
      height += 12 + buttons(card.path("actions"), inner);
    }
    return height;
  }

  private static int items(JsonNode items, int width, boolean expanded) {
    int height = 0;
    boolean first = true;
    for (JsonNode item : items) {
      if (!expanded && !item.path("isVisible").asBoolean(true)) {
        continue;
      }
      if (!first) {
        height += "Small".equals(item.path("spacing").asText()) ? 4 : 8;
        height += item.path("separator").asBoolean(false) ? 17 : 0;
      }
      first = false;
      height += element(item, width, expanded);
    }
    return height;
  }

  private static int element(JsonNode item, int width, boolean expanded) {
    switch (item.path("type").asText()) {
      case "TextBlock":
        return text(item, width);
      case "Container":
        boolean styled = !item.path("style").asText("default").equals("default");
        int pad = styled ? 8 : 0;
        return 2 * pad + items(item.path("items"), width - 2 * pad, expanded);
      case "ActionSet":
        return buttons(item.path("actions"), width);
      default:
        return 32;
    }
  }

  private static int text(JsonNode block, int width) {
    double charPx;
    int linePx;
    switch (block.path("size").asText("Default")) {
      case "Small" -> {
        charPx = 6.0;
        linePx = 16;
      }
      case "Medium" -> {
        charPx = 8.0;
        linePx = 22;
      }
      case "Large" -> {
        charPx = 10.0;
        linePx = 27;
      }
      default -> {
        charPx = 7.0;
        linePx = 20;
      }
    }
    if ("Bolder".equals(block.path("weight").asText())) {
      charPx *= 1.05;
    }
    return WrappedText.lines(block.path("text").asText(), (int) (width / charPx)) * linePx;
  }

  private static int buttons(JsonNode actions, int width) {
    int rows = 1;
    int used = 0;
    for (JsonNode action : actions) {
      int button = Math.min(width, 24 + 7 * action.path("title").asText().length());
      if (used > 0 && used + 8 + button > width) {
        rows++;
        used = 0;
      }
      used += (used > 0 ? 8 : 0) + button;
    }
    return rows * 32 + (rows - 1) * 8;
  }
}
