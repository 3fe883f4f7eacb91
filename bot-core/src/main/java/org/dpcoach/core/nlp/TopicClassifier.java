package org.dpcoach.core.nlp;

/** Ranks every label for a normalised question. */
public interface TopicClassifier {

  /** Scores every label for the given tokens (from {@link Normaliser#tokens}). */
  Ranking rank(String[] tokens);
}
