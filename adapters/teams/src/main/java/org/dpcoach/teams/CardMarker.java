package org.dpcoach.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.dpcoach.support.Json;

/**
 * The marker a keyed post carries: its key as the heading's element id, which Microsoft Graph
 * returns with the card, so the reconcile step can find the post again.
 */
final class CardMarker {
  static final String KEY_ID = "dpcoach-key:";

  private CardMarker() {}

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
}
