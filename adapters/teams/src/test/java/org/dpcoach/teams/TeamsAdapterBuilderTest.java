package org.dpcoach.teams;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dpcoach.testkit.TestCoach;
import org.junit.jupiter.api.Test;

/** The builder refuses a missing value at the method that was given it, with an exact message. */
class TeamsAdapterBuilderTest {

  @Test
  void builder_missingEngineOrSettings_refusedAtOnce() {
    assertThatThrownBy(() -> TeamsAdapter.builder(null, TeamsSettings.local()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("engine must not be null");
    assertThatThrownBy(() -> TeamsAdapter.builder(TestCoach.engine(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("settings must not be null");
  }

  @Test
  void builderMethods_nullValue_refusedWithExactMessages() {
    TeamsAdapter.Builder builder = TeamsAdapter.builder(TestCoach.engine(), TeamsSettings.local());

    assertThatThrownBy(() -> builder.references(null))
        .hasMessage("conversation references must not be null");
    assertThatThrownBy(() -> builder.feedback(null)).hasMessage("feedback sink must not be null");
    assertThatThrownBy(() -> builder.desks(null)).hasMessage("desks must not be null");
    assertThatThrownBy(() -> builder.inbox(null)).hasMessage("inbox must not be null");
    assertThatThrownBy(() -> builder.answers(null)).hasMessage("answers must not be null");
    assertThatThrownBy(() -> builder.credentials(null)).hasMessage("credentials must not be null");
    assertThatThrownBy(() -> builder.pause(null)).hasMessage("pause must not be null");
    assertThatThrownBy(() -> builder.executor(null)).hasMessage("executor must not be null");
  }
}
