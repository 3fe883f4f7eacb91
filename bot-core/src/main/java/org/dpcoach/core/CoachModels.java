package org.dpcoach.core;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dpcoach.core.guard.HybridGuard;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.nlp.Normaliser;
import org.dpcoach.core.nlp.OpenNlpIntentClassifier;
import org.dpcoach.core.nlp.OpenNlpIntentClassifier.Algorithm;
import org.dpcoach.knowledge.KnowledgeBase;

/** The models a coach runs on (the guard, the topic model and the case model), loaded together. */
record CoachModels(PersonalDataGuard guard, TopicModel topics, CaseModel cases) {

  /**
   * Loads (or trains) the models side by side, since start-up time matters for one-shot commands; a
   * failure in a loader is thrown as it was thrown there.
   */
  static CoachModels load(KnowledgeBase kb, CoachSettings settings) {
    ExecutorService loaders = loaders();
    try {
      Normaliser normaliser = new Normaliser(kb.synonyms());
      List<OpenNlpIntentClassifier.Sample> samples =
          TopicModel.samples(normaliser, kb.trainingExamples());
      ModelStore store = new ModelStore(settings.modelCache());
      CompletableFuture<OpenNlpIntentClassifier> maxent =
          CompletableFuture.supplyAsync(
              () ->
                  store.categoriser(
                      kb.trainingExamples(), kb.synonyms(), samples, Algorithm.MAXENT_QN),
              loaders);
      CompletableFuture<HybridGuard> guard =
          CompletableFuture.supplyAsync(
              () -> HybridGuard.create(kb, settings.modelCache()), loaders);
      OpenNlpIntentClassifier bayes =
          store.categoriser(kb.trainingExamples(), kb.synonyms(), samples, Algorithm.NAIVE_BAYES);
      CaseModel cases = CaseModel.train(kb, normaliser, store);
      TopicModel model =
          TopicModel.assemble(normaliser, maxent.join(), bayes, samples, kb.topics());
      return new CoachModels(guard.join(), model, cases);
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    } finally {
      loaders.shutdown();
    }
  }

  private static ExecutorService loaders() {
    return Executors.newFixedThreadPool(
        2,
        r -> {
          Thread thread = new Thread(r, "dpcoach-start");
          thread.setDaemon(true);
          return thread;
        });
  }
}
