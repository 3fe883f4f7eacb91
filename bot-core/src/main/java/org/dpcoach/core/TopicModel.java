package org.dpcoach.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dpcoach.core.nlp.Bm25TopicRanker;
import org.dpcoach.core.nlp.EnsembleClassifier;
import org.dpcoach.core.nlp.Normaliser;
import org.dpcoach.core.nlp.OpenNlpIntentClassifier;
import org.dpcoach.core.nlp.OpenNlpIntentClassifier.Sample;
import org.dpcoach.core.nlp.Ranking;
import org.dpcoach.core.nlp.TopicClassifier;
import org.dpcoach.knowledge.Topic;
import org.dpcoach.knowledge.TrainingExample;

/**
 * The trained classifier with its normaliser and vocabulary: the OpenNLP maximum-entropy and naive
 * Bayes categorisers and the BM25 ranker over the knowledge, combined by weight.
 */
final class TopicModel {
  /**
   * The weights of the maximum-entropy categoriser, BM25 and naive Bayes, chosen by 5-fold
   * cross-validation on the training questions (ClassifierExperiment).
   */
  static final double[] WEIGHTS = {0.4, 0.4, 0.2};

  static final double BM25_TEMPERATURE = 0.15;

  private final Normaliser normaliser;
  private final TopicClassifier classifier;
  private final Set<String> vocabulary;

  TopicModel(Normaliser normaliser, TopicClassifier classifier, Set<String> vocabulary) {
    this.normaliser = normaliser;
    this.classifier = classifier;
    this.vocabulary = vocabulary;
  }

  /** Tokenised training samples: every question of every topic and route. */
  static List<Sample> samples(Normaliser normaliser, List<TrainingExample> examples) {
    List<Sample> samples = new ArrayList<>(examples.size());
    for (TrainingExample example : examples) {
      samples.add(new Sample(example.topic(), normaliser.tokens(example.question())));
    }
    return samples;
  }

  /** BM25 documents: the training questions plus each topic's own title, summary and points. */
  static List<Sample> bm25Documents(
      Normaliser normaliser, List<Sample> questions, List<Topic> topics) {
    List<Sample> docs = new ArrayList<>(questions);
    for (Topic topic : topics) {
      String text =
          topic.title()
              + " "
              + topic.summary()
              + " "
              + String.join(" ", topic.dos())
              + " "
              + String.join(" ", topic.donts());
      docs.add(new Sample(topic.id(), normaliser.tokens(text)));
    }
    return docs;
  }

  /** Assembles the model from a trained categoriser. */
  static TopicModel assemble(
      Normaliser normaliser,
      OpenNlpIntentClassifier maxent,
      OpenNlpIntentClassifier bayes,
      List<Sample> samples,
      List<Topic> topics) {
    Bm25TopicRanker bm25 =
        Bm25TopicRanker.index(bm25Documents(normaliser, samples, topics), BM25_TEMPERATURE);
    Set<String> vocabulary = new HashSet<>();
    samples.forEach(s -> vocabulary.addAll(Arrays.asList(s.tokens())));
    return new TopicModel(
        normaliser,
        new EnsembleClassifier(List.of(maxent, bm25, bayes), WEIGHTS),
        Set.copyOf(vocabulary));
  }

  String[] tokens(String text) {
    return normaliser.tokens(text);
  }

  Ranking rank(String[] tokens) {
    return classifier.rank(tokens);
  }

  /** How many of the tokens the training data has seen. */
  long known(String[] tokens) {
    return Arrays.stream(tokens).filter(vocabulary::contains).count();
  }
}
