package org.dpcoach.slack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dpcoach.testkit.TestCoach;
import org.junit.jupiter.api.Test;

/** The builder refuses a missing value at the method that was given it, with an exact message. */
class SlackAdapterBuilderTest {
  static final SlackSettings SETTINGS = SlackSettings.builder("xoxb-test").build();

  @Test
  void builder_missingEngineOrSettings_refusedAtOnce() {
    assertThatThrownBy(() -> SlackAdapter.builder(null, SETTINGS))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("engine must not be null");
    assertThatThrownBy(() -> SlackAdapter.builder(TestCoach.engine(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("settings must not be null");
  }

  @Test
  void builderMethods_nullValue_refusedWithExactMessages() {
    SlackAdapter.Builder builder = SlackAdapter.builder(TestCoach.engine(), SETTINGS);

    assertThatThrownBy(() -> builder.feedback(null)).hasMessage("feedback sink must not be null");
    assertThatThrownBy(() -> builder.desks(null)).hasMessage("desks must not be null");
    assertThatThrownBy(() -> builder.inbox(null)).hasMessage("inbox must not be null");
    assertThatThrownBy(() -> builder.clock(null)).hasMessage("clock must not be null");
    assertThatThrownBy(() -> builder.pause(null)).hasMessage("pause must not be null");
    assertThatThrownBy(() -> builder.executor(null)).hasMessage("executor must not be null");
  }
}
