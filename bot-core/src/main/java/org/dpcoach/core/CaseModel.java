package org.dpcoach.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.core.nlp.Bm25TopicRanker;
import org.dpcoach.core.nlp.EnsembleClassifier;
import org.dpcoach.core.nlp.Normaliser;
import org.dpcoach.core.nlp.OpenNlpIntentClassifier;
import org.dpcoach.core.nlp.OpenNlpIntentClassifier.Sample;
import org.dpcoach.core.nlp.Ranking;
import org.dpcoach.core.nlp.TopicClassifier;
import org.dpcoach.core.nlp.TopicScore;
import org.dpcoach.knowledge.Case;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.TrainingExample;

/**
 * The second stage: once the topic is known, which of its cases the question asks. One
 * maximum-entropy categoriser and one BM25 ranker over every case's questions, read within the
 * chosen topic only (the scores of the topic's cases, renormalised).
 */
final class CaseModel {
  /** The weights of the maximum-entropy categoriser and BM25 over case labels. */
  static final double[] WEIGHTS = {0.5, 0.5};

  private final TopicClassifier classifier;
  private final Map<String, Case> cases;

  private CaseModel(TopicClassifier classifier, Map<String, Case> cases) {
    this.classifier = classifier;
    this.cases = cases;
  }

  /** A ranking of a topic's cases for one question; empty when the topic has no cases. */
  record Choice(List<TopicScore> ranked) {
    /** The best case and its share, if the topic has cases. */
    Optional<TopicScore> best() {
      return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
    }

    /** The runner-up's share, or 0. */
    double runnerUp() {
      return ranked.size() > 1 ? ranked.get(1).confidence() : 0;
    }
  }

  /** The training samples: each case's questions and its canonical question, labelled by case. */
  static List<TrainingExample> examples(KnowledgeBase kb) {
    List<TrainingExample> examples = new ArrayList<>();
    for (Case c : kb.cases()) {
      examples.add(new TrainingExample(c.id(), c.question()));
      c.questions().forEach(q -> examples.add(new TrainingExample(c.id(), q)));
    }
    return examples;
  }

  /** Builds the model from a trained (or cached) categoriser over {@link #examples}. */
  static CaseModel assemble(
      Normaliser normaliser, Optional<OpenNlpIntentClassifier> maxent, KnowledgeBase kb) {
    Map<String, Case> cases = new HashMap<>();
    kb.cases().forEach(c -> cases.put(c.id(), c));
    if (maxent.isEmpty() || cases.isEmpty()) {
      return new CaseModel(tokens -> new Ranking(List.of()), cases);
    }
    List<Sample> docs = new ArrayList<>();
    for (TrainingExample e : examples(kb)) {
      docs.add(new Sample(e.topic(), normaliser.tokens(e.question())));
    }
    kb.cases().forEach(c -> docs.add(new Sample(c.id(), normaliser.tokens(c.shortAnswer()))));
    Bm25TopicRanker bm25 = Bm25TopicRanker.index(docs, TopicModel.BM25_TEMPERATURE);
    return new CaseModel(new EnsembleClassifier(List.of(maxent.get(), bm25), WEIGHTS), cases);
  }

  /** The topic's cases ranked for the question, their shares summing to one. */
  Choice rank(String topic, String[] tokens) {
    Map<String, Double> within = new HashMap<>();
    for (TopicScore s : classifier.rank(tokens).scores()) {
      Case c = cases.get(s.topic());
      if (c != null && c.topic().equals(topic)) {
        within.put(s.topic(), s.confidence() + 1e-9);
      }
    }
    return new Choice(Ranking.of(within).scores());
  }

  /** The case with the given id. */
  Optional<Case> get(String id) {
    return Optional.ofNullable(cases.get(id));
  }
}
