package org.dpcoach.insights;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dpcoach.store.InsightsQueries.Unanswered;

/**
 * Unanswered themes: the words the kept (redacted) unanswered questions share, each a theme when at
 * least 5 questions from at least 5 people use it, with a few of those questions as examples.
 */
final class Themes {
  static final int MAX_THEMES = 10;
  static final int EXAMPLES = 3;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z_]+\\]");
  private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");
  private static final Set<String> STOP = stopWords();

  /** The themes' table and their example questions. */
  record Result(Table table, Map<String, List<String>> examples) {}

  private Themes() {}

  static Result of(List<Unanswered> questions) {
    Tally tally = new Tally();
    Map<String, List<String>> texts = new LinkedHashMap<>();
    for (int i = questions.size() - 1; i >= 0; i--) {
      Unanswered q = questions.get(i);
      String month = q.person().substring(0, q.person().indexOf(':'));
      for (String word : words(q.text())) {
        tally.add(word, month, q.person());
        texts.computeIfAbsent(word, w -> new ArrayList<>()).add(q.text());
      }
    }
    List<String> themes = new ArrayList<>();
    for (Object word : tally.groups()) {
      if (!Suppression.small(tally.figure(word))) {
        themes.add((String) word);
      }
    }
    themes.sort(
        Comparator.comparingLong((String w) -> -tally.figure(w).turns).thenComparing(w -> w));
    List<Table.Row> rows = new ArrayList<>();
    Map<String, List<String>> examples = new LinkedHashMap<>();
    for (String theme : themes.subList(0, Math.min(MAX_THEMES, themes.size()))) {
      rows.add(new Table.Row(theme, List.of(Table.Value.of(tally.figure(theme))), false));
      examples.put(
          theme,
          List.copyOf(new LinkedHashSet<>(texts.get(theme))).stream().limit(EXAMPLES).toList());
    }
    return new Result(
        new Table(
            "themes",
            "Unanswered themes: words shared by questions the coach could not answer (last 30 days at most)",
            List.of("Theme", "Questions"),
            rows,
            Table.Chart.BARS,
            false),
        examples);
  }

  /** The distinct content words of a redacted question (placeholders and common words left out). */
  static Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>();
    String plain = PLACEHOLDER.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT);
    for (String w : NOT_A_LETTER.split(plain)) {
      if (w.length() < 4 || STOP.contains(w)) {
        continue;
      }
      out.add(
          w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")
              ? w.substring(0, w.length() - 1)
              : w);
    }
    return out;
  }

  private static Set<String> stopWords() {
    try (InputStream in = Themes.class.getResourceAsStream("/insights/stop-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("insights/stop-words.txt is missing");
      }
      Set<String> words = new LinkedHashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w);
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
