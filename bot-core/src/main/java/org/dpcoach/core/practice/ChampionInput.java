package org.dpcoach.core.practice;

import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** What makes a question fit to send: some words, not too long, something left once redacted. */
final class ChampionInput {
  private static final Pattern PLACEHOLDERS = Pattern.compile("\\[[A-Z ]+\\]");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");
  private static final Pattern PRIVATE_USE = Pattern.compile("\\p{Co}");

  private ChampionInput() {}

  /** Why the question cannot go, or what {@code then} makes of it redacted (once). */
  static DeskReply checked(
      String text,
      int typedChars,
      UnaryOperator<String> redact,
      ChampionWords words,
      Function<String, DeskReply> then) {
    if (typedChars > ChampionSettings.MAX_CHARS) {
      return words.unchanged("champion_too_long", "max", ChampionSettings.MAX_CHARS);
    }
    if (text == null || text.isBlank()) {
      return words.unchanged("champion_empty");
    }
    String redacted = redact.apply(text);
    return saysSomething(redacted)
        ? then.apply(redacted)
        : words.unchanged("champion_only_personal");
  }

  /** The text stripped, without private-use characters (adapters mark names with them). */
  static String plain(String text) {
    return PRIVATE_USE.matcher(text).replaceAll("").strip();
  }

  /** Whether redacted text has words left besides its placeholders. */
  static boolean saysSomething(String redacted) {
    return LETTERS.matcher(PLACEHOLDERS.matcher(redacted).replaceAll(" ")).find();
  }
}
