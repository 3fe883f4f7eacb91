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
 * @param dataDir {@code DPCOACH_DATA_DIR}: where the model cache lives
 */
record AppConfig(
    Path home,
    Jurisdiction jurisdiction,
    Optional<Path> kbDir,
    Optional<Path> employerDir,
    boolean exampleEmployer,
    Path dataDir) {

  static AppConfig from(Map<String, String> env) {
    Path home = Path.of(env.getOrDefault("DPCOACH_HOME", ".")).toAbsolutePath().normalize();
    String policy = env.getOrDefault("DPCOACH_POLICY_DIR", "").strip();
    boolean none = policy.equalsIgnoreCase("none");
    return new AppConfig(
        home,
        Jurisdiction.parse(env.getOrDefault("DPCOACH_JURISDICTION", "england")),
        optionalPath(env.get("DPCOACH_KB_DIR")),
        none ? Optional.empty() : optionalPath(policy),
        policy.isEmpty(),
        optionalPath(env.get("DPCOACH_DATA_DIR")).orElse(home.resolve("data")));
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
