package org.dpcoach.core.guard;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the OpenNLP name finder on the knowledge's annotated sentences, or loads it from a cache
 * folder keyed by a hash of those sentences.
 */
final class NameModelStore {
  private static final String FORMAT = "names-v1";

  private NameModelStore() {}

  /**
   * Trains the name finder, or loads it from the cache folder when it was trained on the same data.
   */
  static TokenNameFinderModel model(List<String> sentences, Optional<Path> cache) {
    Optional<Path> file = cache.map(c -> c.resolve(FORMAT + "-" + key(sentences) + ".bin"));
    if (file.isPresent() && Files.isRegularFile(file.get())) {
      try {
        return new TokenNameFinderModel(file.get());
      } catch (IOException | RuntimeException e) {
        // an unreadable cache is trained again below
      }
    }
    TokenNameFinderModel model = train(sentences);
    file.ifPresent(f -> save(model, f));
    return model;
  }

  private static TokenNameFinderModel train(List<String> sentences) {
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, 100);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    try (NameSampleDataStream samples =
        new NameSampleDataStream(new CollectionObjectStream<>(sentences))) {
      return NameFinderME.train("en", "person", samples, params, new TokenNameFinderFactory());
    } catch (IOException e) {
      throw new UncheckedIOException("training the name finder failed", e);
    }
  }

  private static void save(TokenNameFinderModel model, Path file) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "names", ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        model.serialize(out);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // caching is an optimisation only
    }
  }

  private static String key(List<String> sentences) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      sentences.forEach(s -> digest.update((s + "\n").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
