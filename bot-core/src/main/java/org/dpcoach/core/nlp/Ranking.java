package org.dpcoach.core.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Scores for every label, best first, summing to one. */
public record Ranking(List<TopicScore> scores) {

  /** Normalises raw non-negative scores into a ranking. */
  public static Ranking of(Map<String, Double> raw) {
    double total = raw.values().stream().mapToDouble(Double::doubleValue).sum();
    List<TopicScore> scores = new ArrayList<>();
    raw.forEach((topic, score) -> scores.add(new TopicScore(topic, total > 0 ? score / total : 0)));
    scores.sort(
        Comparator.comparingDouble(TopicScore::confidence)
            .reversed()
            .thenComparing(TopicScore::topic));
    return new Ranking(List.copyOf(scores));
  }

  /** The best label. */
  public TopicScore top() {
    return scores.get(0);
  }

  /** The label at the given rank (0 is best), or an empty score. */
  public TopicScore at(int rank) {
    return rank < scores.size() ? scores.get(rank) : new TopicScore("", 0);
  }

  /** The confidence of the given label, or 0. */
  public double confidence(String topic) {
    return scores.stream()
        .filter(s -> s.topic().equals(topic))
        .mapToDouble(TopicScore::confidence)
        .findFirst()
        .orElse(0);
  }
}
