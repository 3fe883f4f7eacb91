package org.dpcoach.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dpcoach.core.nlp.Bm25TopicRanker;
import org.dpcoach.core.nlp.EnsembleClassifier;
import org.dpcoach.core.nlp.Normaliser;
import org.dpcoach.core.nlp.OpenNlpIntentClassifier;
import org.dpcoach.core.nlp.OpenNlpIntentClassifier.Algorithm;
import org.dpcoach.core.nlp.OpenNlpIntentClassifier.Sample;
import org.dpcoach.core.nlp.Ranking;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.Topic;
import org.dpcoach.knowledge.TrainingExample;

/**
 * Not a test: a command-line experiment that chooses the case stage's weights and its confidence
 * floor by 5-fold cross-validation on the cases' own training questions (never the held-out set).
 * For each setting it prints how often the right case answers, a wrong case answers, or the topic
 * summary stands in.
 */
public final class CaseStageExperiment {
  private static final int FOLDS = 5;
  private static final double[][] WEIGHTS = {{1, 0}, {0, 1}, {0.5, 0.5}, {0.7, 0.3}};
  private static final double[] FLOORS = {0.0, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5};
  private static final double[] MARGINS = {0.0, 0.05, 0.1};

  private CaseStageExperiment() {}

  /** One held-out fold question: its case and the ranking the stage gave it. */
  private record Scored(String expected, Ranking ranking) {}

  public static void main(String[] args) {
    KnowledgeBase kb = KnowledgeBase.loader().load();
    Normaliser normaliser = new Normaliser(kb.synonyms());
    for (double[] weights : WEIGHTS) {
      List<Scored> scored = new ArrayList<>();
      for (Topic topic : kb.topics()) {
        List<TrainingExample> examples = CaseModel.examples(topic);
        for (int fold = 0; fold < FOLDS; fold++) {
          List<Sample> train = new ArrayList<>();
          List<Sample> test = new ArrayList<>();
          for (int i = 0; i < examples.size(); i++) {
            TrainingExample e = examples.get(i);
            Sample s = new Sample(e.topic(), normaliser.tokens(e.question()));
            (i % FOLDS == fold ? test : train).add(s);
          }
          OpenNlpIntentClassifier maxent =
              OpenNlpIntentClassifier.train(train, Algorithm.MAXENT_QN);
          List<Sample> docs = new ArrayList<>(train);
          topic
              .cases()
              .forEach(c -> docs.add(new Sample(c.id(), normaliser.tokens(c.shortAnswer()))));
          EnsembleClassifier stage =
              new EnsembleClassifier(
                  List.of(maxent, Bm25TopicRanker.index(docs, TopicModel.BM25_TEMPERATURE)),
                  weights);
          test.forEach(s -> scored.add(new Scored(s.topic(), stage.rank(s.tokens()))));
        }
      }
      System.out.printf(
          Locale.ROOT,
          "weights maxent %.1f, bm25 %.1f (%d questions)%n",
          weights[0],
          weights[1],
          scored.size());
      for (double floor : FLOORS) {
        for (double margin : MARGINS) {
          int right = 0;
          int wrong = 0;
          for (Scored s : scored) {
            Optional<String> chosen = choose(s.ranking(), floor, margin);
            if (chosen.isEmpty()) {
              continue;
            }
            if (chosen.get().equals(s.expected())) {
              right++;
            } else {
              wrong++;
            }
          }
          int n = scored.size();
          System.out.printf(
              Locale.ROOT,
              "  floor %.2f margin %.2f: right %.3f, wrong %.3f, summary %.3f%n",
              floor,
              margin,
              right / (double) n,
              wrong / (double) n,
              (n - right - wrong) / (double) n);
        }
      }
    }
  }

  private static Optional<String> choose(Ranking ranking, double floor, double margin) {
    if (ranking.scores().isEmpty()) {
      return Optional.empty();
    }
    double best = ranking.top().confidence();
    double next = ranking.at(1).confidence();
    return best >= floor && best - next >= margin
        ? Optional.of(ranking.top().topic())
        : Optional.empty();
  }
}
