package org.dpcoach.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dpcoach.core.nlp.Bm25TopicRanker;
import org.dpcoach.core.nlp.EnsembleClassifier;
import org.dpcoach.core.nlp.Normaliser;
import org.dpcoach.core.nlp.OpenNlpIntentClassifier;
import org.dpcoach.core.nlp.OpenNlpIntentClassifier.Algorithm;
import org.dpcoach.core.nlp.OpenNlpIntentClassifier.Sample;
import org.dpcoach.core.nlp.Ranking;
import org.dpcoach.core.nlp.TopicScore;
import org.dpcoach.knowledge.HeldOutSet;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.LabelledQuestion;
import org.dpcoach.knowledge.Topic;
import org.dpcoach.knowledge.TrainingExample;

/**
 * Not a test: a command-line experiment comparing classifiers by k-fold cross-validation on the
 * training questions (the choice is made on these), with the held-out figure printed alongside.
 */
public final class ClassifierExperiment {
  static final double L2 = Double.parseDouble(System.getProperty("l2", "0.5"));
  static final double[] DELTAS = {0, 0.1, 0.2, 0.3, 0.4};

  static String predict(Ranking r, double delta) {
    TopicScore top = r.top();
    if (!top.topic().equals("out-of-scope")) {
      return top.topic();
    }
    TopicScore next = r.at(1);
    return top.confidence() - next.confidence() >= delta ? top.topic() : next.topic();
  }

  static final int WATCH = Integer.getInteger("watch", 2);
  static final boolean TOPIC_DOCS = Boolean.getBoolean("topicdocs");

  private static List<Sample> docs(Normaliser normaliser, List<Sample> train, List<Topic> topics) {
    return TOPIC_DOCS ? TopicModel.bm25Documents(normaliser, train, topics) : train;
  }

  public static void main(String[] args) {
    KnowledgeBase kb = KnowledgeBase.loader().load();
    Normaliser normaliser = new Normaliser(kb.synonyms());
    List<TrainingExample> examples = new ArrayList<>(kb.trainingExamples());
    Collections.shuffle(examples, new Random(42));
    int folds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Algorithm algorithm = args.length > 1 ? Algorithm.valueOf(args[1]) : Algorithm.MAXENT_QN;
    double[][] weightSets = {
      {1, 0, 0},
      {0, 0, 1},
      {0.6, 0.4, 0},
      {0.5, 0.5, 0},
      {0.5, 0.3, 0.2},
      {0.4, 0.3, 0.3},
      {0.4, 0.4, 0.2},
      {0.3, 0.3, 0.4}
    };
    double[] temps = {0.1, 0.15, 0.25};
    int[][] correct = new int[weightSets.length][temps.length];
    int total = 0;
    int[][] oos = new int[DELTAS.length][4];
    java.util.Map<String, Integer> confusions = new java.util.TreeMap<>();
    for (int f = 0; f < folds; f++) {
      List<Sample> train = new ArrayList<>();
      List<Sample> test = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        TrainingExample e = examples.get(i);
        (i % folds == f ? test : train).add(new Sample(e.topic(), normaliser.tokens(e.question())));
      }
      long t0 = System.nanoTime();
      OpenNlpIntentClassifier me =
          OpenNlpIntentClassifier.train(docs(normaliser, train, kb.topics()), algorithm, L2);
      System.err.printf("fold %d trained in %d ms%n", f, (System.nanoTime() - t0) / 1_000_000);
      OpenNlpIntentClassifier nb = OpenNlpIntentClassifier.train(train, Algorithm.NAIVE_BAYES);
      for (int t = 0; t < temps.length; t++) {
        Bm25TopicRanker bm25 =
            Bm25TopicRanker.index(
                TopicModel.bm25Documents(normaliser, train, kb.topics()), temps[t]);
        for (int w = 0; w < weightSets.length; w++) {
          EnsembleClassifier ens = new EnsembleClassifier(List.of(me, bm25, nb), weightSets[w]);
          for (Sample s : test) {
            Ranking r = ens.rank(s.tokens());
            if (r.top().topic().equals(s.topic())) {
              correct[w][t]++;
            } else if (w == WATCH && t == 1) {
              confusions.merge(s.topic() + " -> " + r.top().topic(), 1, Integer::sum);
            }
            if (w == WATCH && t == 1) {
              for (int d = 0; d < DELTAS.length; d++) {
                String p = predict(r, DELTAS[d]);
                boolean isOos = s.topic().equals("out-of-scope");
                boolean saysOos = p.equals("out-of-scope");
                oos[d][0] += isOos && saysOos ? 1 : 0;
                oos[d][1] += saysOos ? 1 : 0;
                oos[d][2] += isOos ? 1 : 0;
                oos[d][3] += p.equals(s.topic()) ? 1 : 0;
              }
            }
          }
        }
      }
      total += test.size();
    }
    for (int w = 0; w < weightSets.length; w++) {
      for (int t = 0; t < temps.length; t++) {
        System.out.printf(
            Locale.ROOT,
            "cv %s weights %.1f/%.1f/%.1f temp %.2f: %.3f%n",
            algorithm,
            weightSets[w][0],
            weightSets[w][1],
            weightSets[w][2],
            temps[t],
            (double) correct[w][t] / total);
      }
    }
    for (int d = 0; d < DELTAS.length; d++) {
      System.out.printf(
          Locale.ROOT,
          "cv oos delta %.2f: precision %.3f recall %.3f accuracy %.3f%n",
          DELTAS[d],
          (double) oos[d][0] / oos[d][1],
          (double) oos[d][0] / oos[d][2],
          (double) oos[d][3] / total);
    }
    confusions.entrySet().stream()
        .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(40)
        .forEach(e -> System.out.println("cv confusion " + e.getValue() + " " + e.getKey()));
    if (!Boolean.getBoolean("noheldout")) {
      heldOut(kb, normaliser, algorithm, weightSets, temps);
    }
  }

  private static void heldOut(
      KnowledgeBase kb,
      Normaliser normaliser,
      Algorithm algorithm,
      double[][] weightSets,
      double[] temps) {
    List<Sample> all =
        kb.trainingExamples().stream()
            .map(e -> new Sample(e.topic(), normaliser.tokens(e.question())))
            .toList();
    OpenNlpIntentClassifier me =
        OpenNlpIntentClassifier.train(docs(normaliser, all, kb.topics()), algorithm, L2);
    List<LabelledQuestion> rows = HeldOutSet.read(Path.of("../knowledge/eval/heldout.tsv"));
    for (double temp : temps) {
      Bm25TopicRanker bm25 =
          Bm25TopicRanker.index(TopicModel.bm25Documents(normaliser, all, kb.topics()), temp);
      for (double[] weights : weightSets) {
        EnsembleClassifier ens = new EnsembleClassifier(List.of(me, bm25), weights);
        long ok =
            rows.stream()
                .filter(
                    r ->
                        ens.rank(normaliser.tokens(r.question()))
                            .top()
                            .topic()
                            .equals(r.expected()))
                .count();
        System.out.printf(
            Locale.ROOT,
            "heldout %s weights %.1f/%.1f temp %.2f: %.3f%n",
            algorithm,
            weights[0],
            weights[1],
            temp,
            (double) ok / rows.size());
      }
    }
  }
}
