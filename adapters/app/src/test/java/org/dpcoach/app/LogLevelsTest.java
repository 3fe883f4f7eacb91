package org.dpcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LogLevelsTest {
  @Test
  void properties_debug_librariesStayAtInfo() {
    Map<String, String> props = LogLevels.properties("DEBUG");
    assertThat(props).containsEntry("org.slf4j.simpleLogger.defaultLogLevel", "debug");
    for (String library : LogLevels.LIBRARIES) {
      assertThat(props).containsEntry("org.slf4j.simpleLogger.log." + library, "info");
    }
    assertThat(props).containsEntry("org.slf4j.simpleLogger.log.com.microsoft.bot", "warn");
  }

  @Test
  void properties_errorOrUnset_librariesFollowTheQuieterLevel() {
    assertThat(LogLevels.properties("error"))
        .containsEntry("org.slf4j.simpleLogger.log.org.eclipse.jetty", "error");
    assertThat(LogLevels.properties(null))
        .containsEntry("org.slf4j.simpleLogger.defaultLogLevel", "warn")
        .containsEntry("org.slf4j.simpleLogger.log.okhttp3", "warn");
  }

  @Test
  void properties_unknownLevel_saysWhichAreAccepted() {
    assertThatThrownBy(() -> LogLevels.properties("verbose"))
        .hasMessage(
            "DPCOACH_LOG_LEVEL must be one of trace, debug, info, warn, error, off, not 'verbose'");
  }
}
