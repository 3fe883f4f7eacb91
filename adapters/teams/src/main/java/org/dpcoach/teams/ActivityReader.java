package org.dpcoach.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads a request body as a Bot Framework activity; empty for anything that is not a JSON object
 * with a type, a service URL and a conversation id, or whose date-times are not ISO-8601.
 */
final class ActivityReader {
  static final int MAX_BODY_BYTES = 256 * 1024;

  /** The activity's date-time fields, which the SDK reads only with a fraction of a second. */
  static final java.util.List<String> TIME_FIELDS =
      java.util.List.of("timestamp", "localTimestamp", "expiration");

  Optional<Activity> read(byte[] body) {
    if (body == null || body.length == 0 || body.length > MAX_BODY_BYTES) {
      return Optional.empty();
    }
    try {
      JsonNode node = ActivityJson.MAPPER.readTree(body);
      if (node == null
          || !node.isObject()
          || !text(node, "type")
          || !text(node, "serviceUrl")
          || !text(node.path("conversation"), "id")) {
        return Optional.empty();
      }
      for (String field : TIME_FIELDS) {
        if (!IsoTimes.normalise((com.fasterxml.jackson.databind.node.ObjectNode) node, field)) {
          return Optional.empty();
        }
      }
      Activity activity = ActivityJson.MAPPER.treeToValue(node, Activity.class);
      // the SDK would make an activity's locale the JVM's default locale: keep it out
      activity.setLocale(null);
      return Optional.of(activity);
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean text(JsonNode node, String field) {
    return node.path(field).isTextual() && !node.path(field).asText().isBlank();
  }
}
