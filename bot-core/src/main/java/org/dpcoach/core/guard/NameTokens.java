package org.dpcoach.core.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A text's tokens (words, numbers, possessive endings, punctuation) and their spans. */
record NameTokens(String[] words, List<int[]> spans) {
  private static final Pattern TOKEN =
      Pattern.compile(
          "\\p{L}[\\p{L}\\p{M}]*(?:['’]\\p{L}{2,}[\\p{L}\\p{M}]*)*(?:-\\p{L}[\\p{L}\\p{M}]*)*|\\d+|['’]s\\b|\\S");

  /** The tokens of the text, in order. */
  static NameTokens of(String text) {
    List<int[]> spans = new ArrayList<>();
    List<String> words = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      words.add(m.group());
      spans.add(new int[] {m.start(), m.end()});
    }
    return new NameTokens(words.toArray(String[]::new), spans);
  }

  /** A name finding over the tokens {@code [from, to)}. */
  Finding name(int from, int to) {
    return new Finding(Finding.Kind.NAME, spans.get(from)[0], spans.get(to - 1)[1]);
  }
}
