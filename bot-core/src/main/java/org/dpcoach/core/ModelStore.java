package org.dpcoach.core;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import org.dpcoach.core.nlp.OpenNlpIntentClassifier;
import org.dpcoach.core.nlp.OpenNlpIntentClassifier.Algorithm;
import org.dpcoach.knowledge.TrainingExample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the categoriser, or loads it from a cache folder keyed by a hash of the training data and
 * the synonyms, so a start after the first takes milliseconds rather than seconds.
 */
final class ModelStore {
  private static final Logger LOG = LoggerFactory.getLogger(ModelStore.class);

  /** Bump when features or training change, so stale caches are not used. */
  private static final String FORMAT = "doccat-v2";

  private final Optional<Path> folder;

  ModelStore(Optional<Path> folder) {
    this.folder = folder;
  }

  OpenNlpIntentClassifier categoriser(
      List<TrainingExample> examples,
      Map<String, String> synonyms,
      List<OpenNlpIntentClassifier.Sample> samples,
      Algorithm algorithm) {
    return categoriser("", examples, synonyms, samples, algorithm);
  }

  /**
   * A categoriser of one kind ({@code ""} for topics, {@code "cases-"} for the case stage); each
   * kind keeps its own newest model in the cache.
   */
  OpenNlpIntentClassifier categoriser(
      String kind,
      List<TrainingExample> examples,
      Map<String, String> synonyms,
      List<OpenNlpIntentClassifier.Sample> samples,
      Algorithm algorithm) {
    String name =
        FORMAT
            + "-"
            + kind
            + algorithm.name().toLowerCase(java.util.Locale.ROOT)
            + "-"
            + key(examples, synonyms, algorithm)
            + ".bin";
    Optional<Path> file = folder.map(f -> f.resolve(name));
    if (file.isPresent() && Files.isRegularFile(file.get())) {
      try {
        // Buffered: OpenNLP's own file reader reads each number with its own system calls.
        try (java.io.DataInputStream in =
            new java.io.DataInputStream(
                new java.io.BufferedInputStream(Files.newInputStream(file.get()), 1 << 16))) {
          MaxentModel model =
              new GenericModelReader(new opennlp.tools.ml.model.BinaryFileDataReader(in))
                  .getModel();
          return OpenNlpIntentClassifier.of(model);
        }
      } catch (IOException | RuntimeException e) {
        LOG.warn("model cache unreadable, training again: {}", e.getClass().getSimpleName());
      }
    }
    long start = System.nanoTime();
    OpenNlpIntentClassifier trained = OpenNlpIntentClassifier.train(samples, algorithm);
    LOG.info(
        "trained the {} categoriser on {} questions in {} ms",
        algorithm,
        samples.size(),
        (System.nanoTime() - start) / 1_000_000);
    file.ifPresent(f -> save(trained, f));
    return trained;
  }

  private static void save(OpenNlpIntentClassifier trained, Path file) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "model", ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        new GenericModelWriter((AbstractModel) trained.maxent(), new java.io.DataOutputStream(out))
            .persist();
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      pruneOthers(file);
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not cache the model: {}", e.getClass().getSimpleName());
    }
  }

  /** Removes models of the same kind trained on older data, so the cache does not grow. */
  private static void pruneOthers(Path kept) throws IOException {
    String name = kept.getFileName().toString();
    String kind = name.substring(0, name.lastIndexOf('-') + 1);
    try (java.util.stream.Stream<Path> files = Files.list(kept.getParent())) {
      for (Path other : files.toList()) {
        String otherName = other.getFileName().toString();
        if (!other.equals(kept)
            && otherName.endsWith(".bin")
            && (otherName.startsWith(kind) || otherName.startsWith("doccat-v1-"))) {
          Files.deleteIfExists(other);
        }
      }
    }
  }

  static String key(
      List<TrainingExample> examples, Map<String, String> synonyms, Algorithm algorithm) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(
          (FORMAT + algorithm + OpenNlpIntentClassifier.DEFAULT_L2)
              .getBytes(StandardCharsets.UTF_8));
      for (TrainingExample e : examples) {
        digest.update((e.topic() + "\t" + e.question() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      new TreeMap<>(synonyms)
          .forEach((k, v) -> digest.update((k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
