package org.dpcoach.app;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.knowledge.Jurisdiction;

/**
 * The coach's own settings: where the project, knowledge, policies, data and models are, and the
 * default nation.
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

  /** The coach's settings from the environment, read as a coach command reads them. */
  static AppConfig from(Map<String, String> env) {
    return of(Settings.read(env, EnumSet.of(Setting.Use.EVERY, Setting.Use.COACH)));
  }

  /** The coach's settings from the read environment. */
  static AppConfig of(Settings settings) {
    Path home = settings.find(SettingsTable.HOME).orElse(Path.of(".")).toAbsolutePath().normalize();
    Path data = settings.find(SettingsTable.DATA_DIR).orElse(home.resolve("data"));
    Optional<Optional<Path>> policy = settings.find(SettingsTable.POLICY_DIR);
    return new AppConfig(
        home,
        settings.get(SettingsTable.JURISDICTION),
        settings.find(SettingsTable.KB_DIR),
        policy.flatMap(p -> p),
        policy.isEmpty(),
        data,
        settings.find(SettingsTable.MODEL_DIR).orElse(data.resolve("models")));
  }

  /** The held-out test set shipped with the project. */
  Path heldOut() {
    return home.resolve("knowledge/eval/heldout.tsv");
  }
}
