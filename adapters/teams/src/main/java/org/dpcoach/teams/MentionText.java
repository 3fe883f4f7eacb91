package org.dpcoach.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Entity;
import java.util.List;

/**
 * A message's text as the person typed it: the bot's own {@code <at>} mention removed, other
 * mentions reduced to their names, the few HTML escapes Teams uses decoded, and long text cut
 * before any work (the engine reads 4,000 characters).
 */
final class MentionText {
  static final int MAX_TYPED = 20_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private MentionText() {}

  /** The typed text of a message activity. */
  static String typed(Activity activity) {
    String text = activity.getText() == null ? "" : activity.getText();
    if (text.length() > MAX_TYPED) {
      text = text.substring(0, MAX_TYPED);
    }
    String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
    for (String mention : botMentions(activity.getEntities(), botId)) {
      text = text.replace(mention, " ");
    }
    text = text.replaceAll("(?i)</?at>", "");
    return decode(text).strip();
  }

  private static List<String> botMentions(List<Entity> entities, String botId) {
    if (entities == null || botId == null) {
      return List.of();
    }
    return entities.stream()
        .filter(e -> e != null && "mention".equalsIgnoreCase(e.getType()))
        .map(e -> (JsonNode) JSON.valueToTree(e))
        .filter(n -> botId.equals(n.path("mentioned").path("id").asText(null)))
        .map(n -> n.path("text").asText(""))
        .filter(t -> !t.isEmpty())
        .toList();
  }

  private static String decode(String text) {
    return text.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
