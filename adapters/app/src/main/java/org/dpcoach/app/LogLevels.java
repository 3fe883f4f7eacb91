package org.dpcoach.app;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The log levels in force: {@code DPCOACH_LOG_LEVEL} for the coach's own loggers, and never below
 * INFO for the libraries that write request or message bytes at DEBUG (Jetty, Javalin, okhttp, the
 * Slack and Bot Framework SDKs and their HTTP and token libraries, the database drivers).
 */
final class LogLevels {
  /** Loggers held at INFO or above whatever the coach's level is. */
  static final List<String> LIBRARIES =
      List.of(
          "org.eclipse.jetty",
          "io.javalin",
          "okhttp3",
          "okio",
          "com.slack.api",
          "com.microsoft",
          "com.auth0",
          "com.nimbusds",
          "org.java_websocket",
          "org.apache.http",
          "retrofit2",
          "com.github.kagkarlsson",
          "org.flywaydb",
          "org.h2",
          "org.postgresql");

  private static final List<String> ORDER =
      List.of("trace", "debug", "info", "warn", "error", "off");

  private LogLevels() {}

  /** The slf4j-simple system properties for {@code DPCOACH_LOG_LEVEL} as it was read. */
  static Map<String, String> propertiesFor(Settings settings) {
    return forLevel(settings.get(SettingsTable.LOG_LEVEL));
  }

  /** The same for a level as the variable would give it (null or blank: {@code warn}). */
  static Map<String, String> properties(String level) {
    Map<String, String> env = new HashMap<>();
    if (level != null) {
      env.put(SettingsTable.LOG_LEVEL.name(), level);
    }
    return propertiesFor(Settings.read(env, EnumSet.of(Setting.Use.EVERY)));
  }

  private static Map<String, String> forLevel(String coach) {
    String libraries = ORDER.indexOf(coach) < ORDER.indexOf("info") ? "info" : coach;
    Map<String, String> props = new LinkedHashMap<>();
    props.put("org.slf4j.simpleLogger.defaultLogLevel", coach);
    props.put("org.slf4j.simpleLogger.logFile", "System.err");
    for (String library : LIBRARIES) {
      props.put("org.slf4j.simpleLogger.log." + library, libraries);
    }
    // the Bot Framework SDK is chatty at INFO: warnings only, unless the coach is quieter still
    props.put(
        "org.slf4j.simpleLogger.log.com.microsoft.bot",
        ORDER.indexOf(coach) < ORDER.indexOf("warn") ? "warn" : coach);
    return props;
  }
}
