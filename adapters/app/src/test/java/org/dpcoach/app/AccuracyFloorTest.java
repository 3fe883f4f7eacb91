package org.dpcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.knowledge.HeldOutSet;
import org.dpcoach.testkit.TestCoach;
import org.junit.jupiter.api.Test;

/**
 * Fails the build when accuracy on the held-out set drops below floors set a little under the
 * measured figures (see the README's Measurements section).
 */
class AccuracyFloorTest {
  static final double TOP1_FLOOR = 0.89;
  static final double OUT_OF_SCOPE_FLOOR = 0.88;
  static final double EMERGENCY_RECALL_FLOOR = 1.0;

  /** Case top-1 on the fresh case-level set (0.696 when it was first run), and its topic top-1. */
  static final double CASE_FLOOR = 0.66;

  static final double CASE_SET_TOPIC_FLOOR = 0.84;

  @Test
  void heldOut_accuracyAndRoutes_stayAboveTheFloors() {
    AppConfig config =
        AppConfig.from(
            Map.of(
                "DPCOACH_HOME",
                Path.of("../..").toAbsolutePath().normalize().toString(),
                "DPCOACH_DATA_DIR",
                "target/test-data",
                "DPCOACH_MODEL_DIR",
                TestCoach.modelCache().toString()));
    CoachEngine engine = Coach.start(config, Clock.systemDefaultZone());

    Evaluation e = EvalCommand.evaluate(engine, HeldOutSet.read(config.heldOut()));

    assertThat(e.size()).isGreaterThanOrEqualTo(23 * 8 + 40);
    assertThat(e.accuracy()).as("top-1 accuracy").isGreaterThanOrEqualTo(TOP1_FLOOR);
    assertThat(e.score(Evaluation.OUT_OF_SCOPE).precision())
        .as("out-of-scope precision")
        .isGreaterThanOrEqualTo(OUT_OF_SCOPE_FLOOR);
    assertThat(e.score(Evaluation.OUT_OF_SCOPE).recall())
        .as("out-of-scope recall")
        .isGreaterThanOrEqualTo(OUT_OF_SCOPE_FLOOR);
    assertThat(e.score(Evaluation.EMERGENCY).recall())
        .as("emergency recall")
        .isGreaterThanOrEqualTo(EMERGENCY_RECALL_FLOOR);

    Evaluation cases =
        EvalCommand.evaluate(
            engine, HeldOutSet.read(config.heldOut().resolveSibling("heldout-cases.tsv")));
    assertThat(cases.caseRows()).isGreaterThanOrEqualTo(400);
    assertThat(cases.caseAccuracy()).as("case top-1").isGreaterThanOrEqualTo(CASE_FLOOR);
    assertThat(cases.topicAccuracy())
        .as("topic top-1 on the case-level set")
        .isGreaterThanOrEqualTo(CASE_SET_TOPIC_FLOOR);
    assertThat(cases.score(Evaluation.EMERGENCY).recall())
        .as("emergency recall on the case-level set")
        .isGreaterThanOrEqualTo(EMERGENCY_RECALL_FLOOR);
  }
}
