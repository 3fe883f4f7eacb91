package org.dpcoach.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The words the engine uses around answers, and the markers of a follow-up question. */
public record Dialogue(
    List<Pattern> followUpMarkers, Map<String, String> texts, Map<String, Set<String>> commands) {

  /** The command a whole message is (for example {@code help}), if it is one. */
  public Optional<String> command(String message) {
    String wanted = message.strip().toLowerCase(Locale.ROOT);
    return commands.entrySet().stream()
        .filter(e -> e.getValue().contains(wanted))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** The text with the given key; an unknown key is a programming error. */
  public String text(String key) {
    String text = texts.get(key);
    if (text == null) {
      throw new IllegalArgumentException("no dialogue text '" + key + "'");
    }
    return text;
  }

  /**
   * The text with the given key, each {@code {name}} in it replaced by the value of that name (a
   * name with no value stays as written).
   */
  public String text(String key, Map<String, ?> values) {
    String text = text(key);
    for (Map.Entry<String, ?> value : values.entrySet()) {
      text = text.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
    }
    return text;
  }
}
