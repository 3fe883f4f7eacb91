package org.dpcoach.core.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character n-grams inside each token (with word-edge marks), so that misspellings still
 * share most features with the correct word.
 */
public final class CharGramFeatureGenerator implements FeatureGenerator {
  private final int size;

  /** Generates grams of the given size from tokens at least that long. */
  public CharGramFeatureGenerator(int size) {
    if (size < 2) {
      throw new IllegalArgumentException("gram size must be at least 2");
    }
    this.size = size;
  }

  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
    List<String> features = new ArrayList<>();
    for (String token : text) {
      if (token.length() < size) {
        continue;
      }
      String marked = "<" + token + ">";
      for (int i = 0; i + size <= marked.length(); i++) {
        features.add("c=" + marked.substring(i, i + size));
      }
    }
    return features;
  }
}
