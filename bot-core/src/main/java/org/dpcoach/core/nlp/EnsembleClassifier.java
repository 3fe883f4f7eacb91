package org.dpcoach.core.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A weighted average of several classifiers' distributions. */
public final class EnsembleClassifier implements TopicClassifier {
  private final List<TopicClassifier> members;
  private final double[] weights;

  /** Combines members with the given weights (one per member, not all zero). */
  public EnsembleClassifier(List<TopicClassifier> members, double[] weights) {
    if (members.size() != weights.length) {
      throw new IllegalArgumentException("one weight per member is needed");
    }
    this.members = List.copyOf(members);
    this.weights = weights.clone();
  }

  @Override
  public Ranking rank(String[] tokens) {
    Map<String, Double> sum = new HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      if (weights[i] == 0) {
        continue;
      }
      double w = weights[i];
      members
          .get(i)
          .rank(tokens)
          .scores()
          .forEach(s -> sum.merge(s.topic(), w * s.confidence(), Double::sum));
    }
    return Ranking.of(sum);
  }
}
