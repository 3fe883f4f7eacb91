package org.dpcoach.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.dpcoach.testkit.PublicSurface;
import org.junit.jupiter.api.Test;

/**
 * One wiring class, its settings and the packager are public (the conversation directory port lives
 * in the core); nothing reads the environment, and no Bot Framework type leaks out.
 */
class PublicSurfaceTest {
  static final PublicSurface MAIN = PublicSurface.of("org.dpcoach.teams");

  @Test
  void publicTypes_areOnlyTheWiringConfigAndPackager() {
    assertThat(MAIN.publicTypes())
        .containsExactlyInAnyOrder("TeamsAdapter", "TeamsSettings", "TeamsAppPackage");
  }

  @Test
  void adapter_neverReadsTheEnvironment() {
    assertThat(MAIN.environmentReads()).isEmpty();
  }

  @Test
  void publicSignatures_exposeNoBotFrameworkTypes() {
    assertThat(MAIN.publicSignaturesUsing("com.microsoft.bot")).isEmpty();
    assertThat(MAIN.publicSignaturesUsing("org.dpcoach.teams"))
        .as("the check sees the public API at all")
        .isNotEmpty();
  }
}
