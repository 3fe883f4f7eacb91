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
import org.dpcoach.core.nlp.OpenNlpIntentClassifier.Algorithm;
import org.dpcoach.core.nlp.OpenNlpIntentClassifier.Sample;
import org.dpcoach.core.nlp.TopicClassifier;
import org.dpcoach.core.nlp.TopicScore;
import org.dpcoach.knowledge.Case;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.Topic;
import org.dpcoach.knowledge.TrainingExample;

/**
 * The second stage: once the topic is known, which of its cases the question asks. Each topic has
 * its own small model over its cases only (a maximum-entropy categoriser and BM25 over the cases'
 * questions, combined by weight), so the stage trains in seconds and loads in milliseconds.
 */
final class CaseModel {
  /**
   * The weights of the maximum-entropy categoriser and BM25 over a topic's cases, chosen by 5-fold
   * cross-validation on the cases' training questions (CaseStageExperiment).
   */
  static final double[] WEIGHTS = {0.7, 0.3};

  private final Map<String, TopicClassifier> byTopic;

  private CaseModel(Map<String, TopicClassifier> byTopic) {
    this.byTopic = byTopic;
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

  /** One topic's training samples: its cases' questions and canonical questions, by case id. */
  static List<TrainingExample> examples(Topic topic) {
    List<TrainingExample> examples = new ArrayList<>();
    for (Case c : topic.cases()) {
      examples.add(new TrainingExample(c.id(), c.question()));
      c.questions().forEach(q -> examples.add(new TrainingExample(c.id(), q)));
    }
    return examples;
  }

  /** Trains (or loads from the cache) each topic's model. */
  static CaseModel train(KnowledgeBase kb, Normaliser normaliser, ModelStore store) {
    Map<String, TopicClassifier> byTopic = new HashMap<>();
    for (Topic topic : kb.topics()) {
      if (topic.cases().size() < 2) {
        continue;
      }
      List<TrainingExample> examples = examples(topic);
      List<Sample> samples = TopicModel.samples(normaliser, examples);
      OpenNlpIntentClassifier maxent =
          store.categoriser(
              "cases-" + topic.id() + "-", examples, kb.synonyms(), samples, Algorithm.MAXENT_QN);
      List<Sample> docs = new ArrayList<>(samples);
      topic.cases().forEach(c -> docs.add(new Sample(c.id(), normaliser.tokens(c.shortAnswer()))));
      Bm25TopicRanker bm25 = Bm25TopicRanker.index(docs, TopicModel.BM25_TEMPERATURE);
      byTopic.put(topic.id(), new EnsembleClassifier(List.of(maxent, bm25), WEIGHTS));
    }
    return new CaseModel(Map.copyOf(byTopic));
  }

  /** The topic's cases ranked for the question, their shares summing to one. */
  Choice rank(String topic, String[] tokens) {
    TopicClassifier classifier = byTopic.get(topic);
    return new Choice(classifier == null ? List.of() : classifier.rank(tokens).scores());
  }
}
