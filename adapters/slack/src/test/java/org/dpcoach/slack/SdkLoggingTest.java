package org.dpcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's SDK logs bodies at DEBUG: its loggers must be at INFO or above, or the adapter refuses.
 */
class SdkLoggingTest {

  @Test
  void slackSdkLoggers_effectiveLevel_isInfoOrAbove() {
    for (String name : SdkLogging.LOGGERS) {
      Logger logger = LoggerFactory.getLogger(name);
      assertThat(logger.isDebugEnabled()).as("DEBUG on for %s", name).isFalse();
      assertThat(logger.isTraceEnabled()).as("TRACE on for %s", name).isFalse();
    }
    assertThat(
            LoggerFactory.getLogger("com.slack.api.bolt.middleware.builtin.RequestVerification")
                .isDebugEnabled())
        .isFalse();
  }

  @Test
  void requireInfoOrAbove_debugOn_refusesWithMessage() {
    Logger chatty =
        (Logger)
            Proxy.newProxyInstance(
                Logger.class.getClassLoader(),
                new Class<?>[] {Logger.class},
                (proxy, method, args) ->
                    method.getReturnType() == boolean.class ? Boolean.TRUE : null);

    assertThatThrownBy(() -> SdkLogging.requireInfoOrAbove(name -> chatty))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(SdkLogging.MESSAGE);
  }

  @Test
  void requireInfoOrAbove_realConfiguration_passes() {
    SdkLogging.requireInfoOrAbove();
  }
}
