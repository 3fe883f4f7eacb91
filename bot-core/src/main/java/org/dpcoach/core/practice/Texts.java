package org.dpcoach.core.practice;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.model.WeeklySlot;
import org.dpcoach.knowledge.Dialogue;

/**
 * The practice desks' words, read from the knowledge's dialogue file: a key names a text, and a key
 * ending in {@code _title} its heading.
 */
record Texts(Dialogue dialogue) {

  /** The text with the key. */
  String get(String key) {
    return dialogue.text(key);
  }

  /** The text with the key, filled in from names and values given in pairs. */
  String get(String key, Object... namesAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return dialogue.text(key, values);
  }

  /** A note that changed something: the heading {@code <key>_title} over the text {@code key}. */
  DeskReply done(String key) {
    return new DeskReply(Message.note(get(key + "_title"), get(key)), true);
  }

  /** A note that changed nothing: the heading {@code <key>_title} over the text {@code key}. */
  DeskReply unchanged(String key) {
    return unchanged(key + "_title", get(key));
  }

  /** A note that changed nothing, under the heading with the key. */
  DeskReply unchanged(String titleKey, String text) {
    return new DeskReply(Message.note(get(titleKey), text), false);
  }

  /** What is wrong with a weekly slot as typed, in a sentence. */
  String unreadable(WeeklySlot.Unreadable e) {
    return get("slot." + e.problem().name().toLowerCase(Locale.ROOT), "word", e.word());
  }

  /** The refusal a person who is not a champion gets. */
  DeskReply refused() {
    return unchanged("practice.champions_only_title", get("practice.refused"));
  }
}
