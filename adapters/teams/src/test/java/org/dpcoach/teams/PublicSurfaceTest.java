package org.dpcoach.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.dpcoach.testkit.PublicSurface;
import org.junit.jupiter.api.Test;

/**
 * One wiring class, its settings, the reference port and value and the packager are public; nothing
 * reads the environment, and no Bot Framework type leaks out.
 */
class PublicSurfaceTest {
  static final PublicSurface MAIN = PublicSurface.of("org.dpcoach.teams");

  @Test
  void publicTypes_areOnlyTheWiringConfigPortAndPackager() {
    assertThat(MAIN.publicTypes())
        .containsExactlyInAnyOrder(
            "TeamsAdapter",
            "TeamsSettings",
            "ConversationReferences",
            "TeamsConversation",
            "TeamsAppPackage");
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
