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
  }
}
