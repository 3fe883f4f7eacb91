package org.dpcoach.core.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The categoriser's features for a tokenised question: the words, word bigrams and character
 * 4-grams inside longer words (so a misspelling still shares most features with the word). They are
 * handed to OpenNLP's bag-of-words generator, which keeps the model file free of custom classes.
 */
final class Features {
  static final int GRAM = 4;

  private Features() {}

  static String[] of(String[] tokens) {
    List<String> features = new ArrayList<>(tokens.length * 6);
    for (int i = 0; i < tokens.length; i++) {
      features.add(tokens[i]);
      if (i + 1 < tokens.length) {
        features.add(tokens[i] + "_" + tokens[i + 1]);
      }
      if (tokens[i].length() >= GRAM + 1) {
        String marked = "<" + tokens[i] + ">";
        for (int j = 0; j + GRAM <= marked.length(); j++) {
          features.add("#" + marked.substring(j, j + GRAM));
        }
      }
    }
    return features.isEmpty() ? new String[] {"<empty>"} : features.toArray(String[]::new);
  }
}
