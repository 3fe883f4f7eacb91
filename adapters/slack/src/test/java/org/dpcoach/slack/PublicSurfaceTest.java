package org.dpcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.dpcoach.testkit.PublicSurface;
import org.junit.jupiter.api.Test;

/** One wiring class and its settings are public; everything else stays hidden. */
class PublicSurfaceTest {
  static final PublicSurface MAIN = PublicSurface.of("org.dpcoach.slack");

  @Test
  void publicTypes_areOnlyTheWiringAndItsSettings() {
    assertThat(MAIN.publicTypes()).containsExactlyInAnyOrder("SlackAdapter", "SlackSettings");
  }

  @Test
  void adapter_neverReadsTheEnvironment() {
    assertThat(MAIN.environmentReads()).isEmpty();
  }
}
