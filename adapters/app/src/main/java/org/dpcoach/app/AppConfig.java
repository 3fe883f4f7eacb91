package org.dpcoach.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.knowledge.Jurisdiction;

/**
 * Settings read from the environment; the only place that reads it.
 *
 * @param home the project folder (the launcher sets {@code DPCOACH_HOME})
 * @param jurisdiction {@code DPCOACH_JURISDICTION}, England by default
 * @param kbDir {@code DPCOACH_KB_DIR}: a knowledge folder instead of the embedded one
 * @param employerDir {@code DPCOACH_POLICY_DIR}: the employer's policy folder
 * @param exampleEmployer whether the embedded example employer is used when no folder is set
 *     ({@code DPCOACH_POLICY_DIR=none} switches it off)
 * @param dataDir {@code DPCOACH_DATA_DIR}: where the model cache and the H2 database live
 * @param modelDir {@code DPCOACH_MODEL_DIR}: where trained models are cached (default {@code
 *     models} under the data folder)
 */
record AppConfig(
    Path home,
    Jurisdiction jurisdiction,
    Optional<Path> kbDir,
    Optional<Path> employerDir,
    boolean exampleEmployer,
    Path dataDir,
    Path modelDir) {

  static AppConfig from(Map<String, String> env) {
    Path home = Path.of(env.getOrDefault("DPCOACH_HOME", ".")).toAbsolutePath().normalize();
    String policy = env.getOrDefault("DPCOACH_POLICY_DIR", "").strip();
    boolean none = policy.equalsIgnoreCase("none");
    Path data = optionalPath(env.get("DPCOACH_DATA_DIR")).orElse(home.resolve("data"));
    return new AppConfig(
        home,
        Jurisdiction.parse(env.getOrDefault("DPCOACH_JURISDICTION", "england")),
        optionalPath(env.get("DPCOACH_KB_DIR")),
        none ? Optional.empty() : optionalPath(policy),
        policy.isEmpty(),
        data,
        optionalPath(env.get("DPCOACH_MODEL_DIR")).orElse(data.resolve("models")));
  }

  /** The held-out test set shipped with the project. */
  Path heldOut() {
    return home.resolve("knowledge/eval/heldout.tsv");
  }

  private static Optional<Path> optionalPath(String value) {
    return value == null || value.isBlank()
        ? Optional.empty()
        : Optional.of(Path.of(value.strip()));
  }
}
