package org.dpcoach.core.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * An Apache OpenNLP document categoriser (maximum entropy or naive Bayes) over words, word bigrams
 * and character n-grams of the normalised question (see {@link Features}).
 */
public final class OpenNlpIntentClassifier implements TopicClassifier {
  /** The L2 cost chosen by cross-validation on the training questions. */
  public static final double DEFAULT_L2 = 0.1;

  private final DoccatModel model;
  private final ThreadLocal<DocumentCategorizerME> categorizer;

  private OpenNlpIntentClassifier(DoccatModel model) {
    this.model = model;
    this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
  }

  /** Trains a categoriser on tokenised samples with the given OpenNLP algorithm. */
  public static OpenNlpIntentClassifier train(List<Sample> samples, Algorithm algorithm) {
    return train(samples, algorithm, DEFAULT_L2);
  }

  /** Trains with an explicit L2 cost for the quasi-Newton maximum-entropy trainer. */
  public static OpenNlpIntentClassifier train(
      List<Sample> samples, Algorithm algorithm, double l2) {
    List<DocumentSample> docs = new ArrayList<>();
    samples.forEach(s -> docs.add(new DocumentSample(s.topic(), Features.of(s.tokens()))));
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, algorithm.openNlpName);
    params.put(TrainingParameters.ITERATIONS_PARAM, algorithm.iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    params.put("PrintMessages", false);
    if (algorithm == Algorithm.MAXENT_QN) {
      params.put("L2Cost", l2);
    }
    try {
      DoccatModel model =
          DocumentCategorizerME.train("en", new CollectionObjectStream<>(docs), params, factory());
      return new OpenNlpIntentClassifier(model);
    } catch (IOException e) {
      throw new UncheckedIOException("training the categoriser failed", e);
    }
  }

  /** Wraps an already trained maximum-entropy model (for example, from the model cache). */
  public static OpenNlpIntentClassifier of(MaxentModel maxent) {
    return new OpenNlpIntentClassifier(new DoccatModel("en", maxent, Map.of(), factory()));
  }

  private static DoccatFactory factory() {
    return new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()});
  }

  /** The trained model, for the cache. */
  public MaxentModel maxent() {
    return model.getMaxentModel();
  }

  @Override
  public Ranking rank(String[] tokens) {
    DocumentCategorizerME me = categorizer.get();
    double[] probs = me.categorize(Features.of(tokens));
    Map<String, Double> raw = new HashMap<>();
    for (int i = 0; i < probs.length; i++) {
      raw.put(me.getCategory(i), probs[i]);
    }
    return Ranking.of(raw);
  }

  /** A tokenised training question. */
  public record Sample(String topic, String[] tokens) {}

  /** The OpenNLP training algorithms compared by the eval. */
  public enum Algorithm {
    MAXENT("MAXENT", 300),
    MAXENT_QN("MAXENT_QN", 200),
    NAIVE_BAYES("NAIVEBAYES", 1);

    private final String openNlpName;
    private final int iterations;

    Algorithm(String openNlpName, int iterations) {
      this.openNlpName = openNlpName;
      this.iterations = iterations;
    }
  }
}
