package org.dpcoach.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.Route;
import org.dpcoach.knowledge.LabelledQuestion;

/** Accuracy figures for a labelled test set answered by the engine. */
final class Evaluation {
  static final String OUT_OF_SCOPE = "out-of-scope";
  static final String EMERGENCY = "safeguarding-emergency";

  /** One test question and the engine's reply. */
  record Outcome(LabelledQuestion question, Reply reply) {
    String predicted() {
      return reply.topic();
    }

    boolean strict() {
      return question.expected().equals(predicted());
    }

    /** The case that answered, if a case did. */
    java.util.Optional<String> predictedCase() {
      return reply
          .part(org.dpcoach.core.model.ReplyPart.ShortAnswer.class)
          .flatMap(org.dpcoach.core.model.ReplyPart.ShortAnswer::caseId);
    }

    /** Whether the reply says it answers for the nation the question names. */
    boolean nationRight() {
      return question
          .expectedNation()
          .map(
              n ->
                  reply.parts(org.dpcoach.core.model.ReplyPart.Notice.class).stream()
                      .anyMatch(
                          p ->
                              p.kind() == org.dpcoach.core.model.ReplyPart.Notice.Kind.NATION
                                  && p.text().contains(n.displayName())))
          .orElse(false);
    }

    boolean caseRight() {
      return question.expectedCase().isPresent() && question.expectedCase().equals(predictedCase());
    }
  }

  /** Precision, recall and F1 of one label, with its support. */
  record Score(double precision, double recall, double f1, int support) {}

  private final List<Outcome> outcomes;

  Evaluation(List<Outcome> outcomes) {
    this.outcomes = List.copyOf(outcomes);
  }

  int size() {
    return outcomes.size();
  }

  double accuracy() {
    return ratio(outcomes.stream().filter(Outcome::strict).count(), outcomes.size());
  }

  double lenientAccuracy() {
    return ratio(
        outcomes.stream().filter(o -> o.question().accepts(o.predicted())).count(),
        outcomes.size());
  }

  /** Top-1 accuracy over the rows whose expected label is a practitioner topic. */
  double topicAccuracy() {
    List<Outcome> topical =
        outcomes.stream().filter(o -> !isRoute(o.question().expected())).toList();
    return ratio(topical.stream().filter(Outcome::strict).count(), topical.size());
  }

  /**
   * Topic and case top-1 per group of rows, the group being the row id up to its last '-' (so
   * {@code disclosure-07} is in {@code disclosure}): {group: [rows, topic right, case right]}.
   */
  Map<String, long[]> byGroup() {
    Map<String, long[]> groups = new TreeMap<>();
    for (Outcome o : outcomes) {
      String id = o.question().id();
      String group = id.contains("-") ? id.substring(0, id.lastIndexOf('-')) : id;
      long[] counts = groups.computeIfAbsent(group, g -> new long[3]);
      counts[0]++;
      counts[1] += o.strict() ? 1 : 0;
      counts[2] += o.caseRight() ? 1 : 0;
    }
    return groups;
  }

  /** How many rows name the nation the person's words give. */
  long nationRows() {
    return outcomes.stream().filter(o -> o.question().expectedNation().isPresent()).count();
  }

  /** The share of those rows answered for that nation ("Answering for Scotland"). */
  double nationAccuracy() {
    return ratio(outcomes.stream().filter(Outcome::nationRight).count(), nationRows());
  }

  /** How many rows name the case they should get. */
  long caseRows() {
    return outcomes.stream().filter(o -> o.question().expectedCase().isPresent()).count();
  }

  /** Case top-1 accuracy over the rows that name a case (a wrong topic counts as wrong). */
  double caseAccuracy() {
    return ratio(outcomes.stream().filter(Outcome::caseRight).count(), caseRows());
  }

  /**
   * Case top-1 accuracy over the rows that name a case and whose topic came out right: how well the
   * second stage does on its own.
   */
  double caseAccuracyGivenTopic() {
    List<Outcome> right =
        outcomes.stream()
            .filter(o -> o.question().expectedCase().isPresent() && o.strict())
            .toList();
    return ratio(right.stream().filter(Outcome::caseRight).count(), right.size());
  }

  Map<String, Score> perLabel() {
    Map<String, Score> scores = new TreeMap<>();
    TreeSet<String> labels = new TreeSet<>();
    outcomes.forEach(o -> labels.add(o.question().expected()));
    for (String label : labels) {
      scores.put(label, score(label));
    }
    return scores;
  }

  double macroF1() {
    return perLabel().values().stream().mapToDouble(Score::f1).average().orElse(0);
  }

  Score score(String label) {
    long tp =
        outcomes.stream()
            .filter(o -> o.question().expected().equals(label) && o.predicted().equals(label))
            .count();
    long predicted = outcomes.stream().filter(o -> o.predicted().equals(label)).count();
    long actual = outcomes.stream().filter(o -> o.question().expected().equals(label)).count();
    double p = ratio(tp, predicted);
    double r = ratio(tp, actual);
    return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), (int) actual);
  }

  /** The most frequent (expected, predicted) mistakes. */
  List<Map.Entry<String, Integer>> confusions(int limit) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    outcomes.stream()
        .filter(o -> !o.strict())
        .forEach(
            o -> counts.merge(o.question().expected() + " -> " + o.predicted(), 1, Integer::sum));
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(
        Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    return sorted.subList(0, Math.min(limit, sorted.size()));
  }

  Map<Route, Long> routes() {
    Map<Route, Long> counts = new TreeMap<>();
    outcomes.forEach(o -> counts.merge(o.reply().route(), 1L, Long::sum));
    return counts;
  }

  /** Rows whose topic came out right but whose case did not. */
  List<Outcome> caseMistakes() {
    return outcomes.stream()
        .filter(o -> o.question().expectedCase().isPresent() && o.strict() && !o.caseRight())
        .toList();
  }

  List<Outcome> mistakes() {
    return outcomes.stream().filter(o -> !o.strict()).toList();
  }

  static boolean isRoute(String label) {
    return label.equals(OUT_OF_SCOPE) || label.equals(EMERGENCY) || label.equals("smalltalk");
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
