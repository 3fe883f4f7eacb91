package org.dpcoach.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.dpcoach.testkit.PublicSurface;
import org.junit.jupiter.api.Test;

/**
 * One wiring class, its settings, the reference port and value, feedback and the packager are
 * public; nothing reads the environment.
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
            "Feedback",
            "FeedbackSink",
            "TeamsAppPackage");
  }

  @Test
  void adapter_neverReadsTheEnvironment() {
    MAIN.assertNeverReadsTheEnvironment();
  }

  @Test
  void publicSignatures_exposeNoBotFrameworkTypes() {
    MAIN.assertPublicSignaturesAvoid("com.microsoft.bot");
  }
}
