package org.dpcoach.core.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Turns raw text into classifier tokens: Unicode folding, lower case, word tokens, the knowledge
 * base's synonym map (longest match first), then Snowball stems.
 */
public final class Normaliser {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\p{Cf}\\u200B-\\u200D\\u2060\\uFEFF]");
  private static final ThreadLocal<SnowballStemmer> STEMMER =
      ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

  private final Map<String, String[]> synonyms = new HashMap<>();
  private final int longestKey;

  /** A normaliser expanding the given synonyms (keys lower case, maybe several words). */
  public Normaliser(Map<String, String> synonyms) {
    int longest = 1;
    for (Map.Entry<String, String> entry : synonyms.entrySet()) {
      List<String> key = words(entry.getKey());
      if (!key.isEmpty()) {
        this.synonyms.put(String.join(" ", key), words(entry.getValue()).toArray(String[]::new));
        longest = Math.max(longest, key.size());
      }
    }
    this.longestKey = longest;
  }

  /** Lower-cased word tokens after Unicode folding, before synonyms and stemming. */
  public static List<String> words(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
    folded = INVISIBLE.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(folded);
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }

  /** Words with the synonym map applied, longest key first, not yet stemmed. */
  public List<String> expanded(String text) {
    List<String> words = words(text);
    List<String> out = new ArrayList<>(words.size() + 4);
    int i = 0;
    while (i < words.size()) {
      int matched = 0;
      for (int n = Math.min(longestKey, words.size() - i); n >= 1 && matched == 0; n--) {
        String[] replacement = synonyms.get(String.join(" ", words.subList(i, i + n)));
        if (replacement != null) {
          out.addAll(Arrays.asList(replacement));
          matched = n;
        }
      }
      if (matched == 0) {
        out.add(words.get(i));
        matched = 1;
      }
      i += matched;
    }
    return out;
  }

  /** The classifier tokens: expanded words, stemmed. */
  public String[] tokens(String text) {
    SnowballStemmer stemmer = STEMMER.get();
    return expanded(text).stream().map(w -> stemmer.stem(w).toString()).toArray(String[]::new);
  }
}
