package org.dpcoach.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Entity;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dpcoach.support.Json;

/**
 * A message's text as the person typed it: the bot's own {@code <at>} mention removed, other
 * mentions reduced to their names (or, for commands, channel mentions to their ids), the few HTML
 * escapes Teams uses decoded, and long text cut before any work (the engine reads 4,000
 * characters).
 */
final class MentionText {
  static final int MAX_TYPED = 20_000;

  /** A Teams channel id as a channel mention carries it: {@code 19:...@thread.tacv2}. */
  static final Pattern CHANNEL =
      Pattern.compile("19:[A-Za-z0-9_.\\-]{1,200}@thread\\.[a-z0-9]{1,20}");

  private MentionText() {}

  /** The typed text of a message activity. */
  static String typed(Activity activity) {
    return typed(activity, false);
  }

  /**
   * The typed text with each channel mention written as {@code #<channel id>}, the way tips and
   * supervision commands name a channel.
   */
  static String withChannelIds(Activity activity) {
    return typed(activity, true);
  }

  /** Whether the message @mentions the bot (a mention entity naming the recipient). */
  static boolean mentionsBot(Activity activity) {
    String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
    return botId != null && mentions(activity.getEntities()).anyMatch(n -> botId.equals(id(n)));
  }

  private static String typed(Activity activity, boolean channelIds) {
    String text = activity.getText() == null ? "" : activity.getText();
    if (text.length() > MAX_TYPED) {
      text = text.substring(0, MAX_TYPED);
    }
    String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
    for (String mention : botMentions(activity.getEntities(), botId)) {
      text = text.replace(mention, " ");
    }
    if (channelIds) {
      for (JsonNode n : mentions(activity.getEntities()).toList()) {
        String id = id(n);
        String written = n.path("text").asText("");
        if (id != null && CHANNEL.matcher(id).matches() && !written.isEmpty()) {
          text = text.replace(written, " #" + id + " ");
        }
      }
    }
    text = text.replaceAll("(?i)</?at>", "");
    return decode(text).strip();
  }

  private static Stream<JsonNode> mentions(List<Entity> entities) {
    if (entities == null) {
      return Stream.empty();
    }
    return entities.stream()
        .filter(e -> e != null && "mention".equalsIgnoreCase(e.getType()))
        .map(e -> (JsonNode) Json.MAPPER.valueToTree(e));
  }

  private static String id(JsonNode mention) {
    return mention.path("mentioned").path("id").asText(null);
  }

  private static List<String> botMentions(List<Entity> entities, String botId) {
    if (entities == null || botId == null) {
      return List.of();
    }
    return mentions(entities)
        .filter(n -> botId.equals(id(n)))
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
