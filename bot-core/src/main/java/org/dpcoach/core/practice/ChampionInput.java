package org.dpcoach.core.practice;

import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** What makes a question fit to send: some words, not too long, something left once redacted. */
final class ChampionInput {
  private static final Pattern PLACEHOLDERS = Pattern.compile("\\[[A-Z ]+\\]");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");
  private static final Pattern PRIVATE_USE = Pattern.compile("\\p{Co}");

  private ChampionInput() {}

  /** Why the question cannot go, or empty when it can. */
  static Optional<DeskReply> refusal(
      String text, int typedChars, UnaryOperator<String> redact, ChampionWords words) {
    if (typedChars > ChampionSettings.MAX_CHARS) {
      return Optional.of(words.unchanged("champion_too_long", "max", ChampionSettings.MAX_CHARS));
    }
    if (text == null || text.isBlank()) {
      return Optional.of(words.unchanged("champion_empty"));
    }
    return saysSomething(redact.apply(text))
        ? Optional.empty()
        : Optional.of(words.unchanged("champion_only_personal"));
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
