package org.dpcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.dpcoach.testkit.PublicSurface;
import org.junit.jupiter.api.Test;

/** One wiring class and its config and feedback types are public; everything else stays hidden. */
class PublicSurfaceTest {
  static final PublicSurface MAIN = PublicSurface.of("org.dpcoach.slack");

  @Test
  void publicTypes_areOnlyTheWiringConfigAndFeedbackTypes() {
    assertThat(MAIN.publicTypes())
        .containsExactlyInAnyOrder("SlackAdapter", "SlackSettings", "Feedback", "FeedbackSink");
  }

  @Test
  void adapter_neverReadsTheEnvironment() {
    MAIN.assertNeverReadsTheEnvironment();
  }
}
