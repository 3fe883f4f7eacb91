package org.dpcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.dpcoach.testkit.PublicSurface;
import org.junit.jupiter.api.Test;

/**
 * The store shows the database, its settings and errors, the insights recorder and queries and the
 * tip scheduler; its stores are reached through the core's ports.
 */
class PublicSurfaceTest {
  static final PublicSurface MAIN = PublicSurface.of("org.dpcoach.store");

  @Test
  void publicTypes_areTheDatabaseItsSettingsInsightsAndScheduler() {
    assertThat(MAIN.publicTypes())
        .containsExactlyInAnyOrder(
            "Database",
            "StoreSettings",
            "StoreException",
            "DatabaseInUseException",
            "InsightsRecorder",
            "InsightsQueries",
            "TipScheduler",
            "Every");
  }

  @Test
  void module_neverReadsTheEnvironment() {
    assertThat(MAIN.environmentReads()).isEmpty();
  }
}
