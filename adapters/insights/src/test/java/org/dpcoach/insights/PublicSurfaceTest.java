package org.dpcoach.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.dpcoach.testkit.PublicSurface;
import org.junit.jupiter.api.Test;

/**
 * The insights dashboard, its settings and the weekly digest are public; nothing reads the
 * environment.
 */
class PublicSurfaceTest {
  static final PublicSurface MAIN = PublicSurface.of("org.dpcoach.insights");

  @Test
  void publicTypes_areTheDashboardItsSettingsAndTheDigest() {
    assertThat(MAIN.publicTypes())
        .containsExactlyInAnyOrder("Insights", "InsightsSettings", "InsightsDigest");
  }

  @Test
  void module_neverReadsTheEnvironment() {
    assertThat(MAIN.environmentReads()).isEmpty();
  }
}
