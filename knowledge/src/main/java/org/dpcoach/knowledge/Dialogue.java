package org.dpcoach.knowledge;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The words the engine uses around answers, and the markers of a follow-up question. */
public record Dialogue(List<Pattern> followUpMarkers, Map<String, String> texts) {

  /** The text with the given key; an unknown key is a programming error. */
  public String text(String key) {
    String text = texts.get(key);
    if (text == null) {
      throw new IllegalArgumentException("no dialogue text '" + key + "'");
    }
    return text;
  }
}
