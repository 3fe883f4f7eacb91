package org.dpcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.dpcoach.testkit.PublicSurface;
import org.junit.jupiter.api.Test;

/** Only the command line's entry point is public. */
class PublicSurfaceTest {
  static final PublicSurface MAIN = PublicSurface.of("org.dpcoach.app");

  @Test
  void publicTypes_areOnlyMain() {
    assertThat(MAIN.publicTypes()).containsExactlyInAnyOrder("Main");
  }
}
