package org.dpcoach.slack;

import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses to run while {@code com.slack.api} logs at DEBUG or TRACE: Slack's SDK writes request and
 * response bodies, that is message text, at those levels.
 */
final class SdkLogging {
  static final String MESSAGE =
      "com.slack.api logging must be at INFO or above: the Slack SDK logs message bodies at DEBUG";
  static final List<String> LOGGERS =
      List.of(
          "com.slack.api",
          "com.slack.api.util.http.listener.DetailedLoggingListener",
          "com.slack.api.util.http.SlackHttpClient",
          "com.slack.api.methods.impl.MethodsClientImpl",
          "com.slack.api.bolt.App",
          "com.slack.api.bolt.util.SlackRequestParser",
          "com.slack.api.bolt.socket_mode.SocketModeApp",
          "com.slack.api.socket_mode.SocketModeClient",
          "com.slack.api.socket_mode.impl.SocketModeClientJavaWSImpl");

  private SdkLogging() {}

  /** Throws when any of the SDK's loggers has DEBUG on. */
  static void requireInfoOrAbove(Function<String, Logger> loggers) {
    for (String name : LOGGERS) {
      if (loggers.apply(name).isDebugEnabled()) {
        throw new IllegalStateException(MESSAGE + " (" + name + ")");
      }
    }
  }

  /** The check against the real logging configuration. */
  static void requireInfoOrAbove() {
    requireInfoOrAbove(LoggerFactory::getLogger);
  }
}
