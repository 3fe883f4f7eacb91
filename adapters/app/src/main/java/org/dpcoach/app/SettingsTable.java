package org.dpcoach.app;

import static org.dpcoach.app.Setting.Use.COACH;
import static org.dpcoach.app.Setting.Use.DATABASE;
import static org.dpcoach.app.Setting.Use.EVERY;
import static org.dpcoach.app.Setting.Use.PACKAGE;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dpcoach.knowledge.Jurisdiction;

/**
 * Every environment variable the coach reads, in one table: the reader ({@link Settings}), the help
 * ({@code dpcoach help}) and the README's settings table all come from it.
 */
final class SettingsTable {
  static final Setting<Path> HOME =
      Setting.optional(
          "DPCOACH_HOME",
          Kind.path(),
          "the current folder",
          "the project folder (the launcher sets it)",
          EVERY);
  static final Setting<Path> DATA_DIR =
      Setting.optional(
          "DPCOACH_DATA_DIR",
          Kind.path(),
          "`data` in the project folder",
          "where the model cache and the embedded H2 database live",
          EVERY);
  static final Setting<String> LOG_LEVEL =
      Setting.of(
          "DPCOACH_LOG_LEVEL",
          Kind.oneOf("trace", "debug", "info", "warn", "error", "off"),
          "warn",
          "the coach's log level, on stderr; logs never contain message text, and the libraries"
              + " that print request bytes at DEBUG stay at INFO or above",
          EVERY);
  static final Setting<Boolean> DEBUG =
      Setting.of(
          "DPCOACH_DEBUG",
          Kind.flag(),
          "false",
          "`true` prints an internal error's stack trace on stderr",
          EVERY);
  static final Setting<Jurisdiction> JURISDICTION =
      Setting.of(
          "DPCOACH_JURISDICTION",
          Kind.jurisdiction(),
          "england",
          "whose standards answers follow, unless a person's own words name another nation",
          COACH);
  static final Setting<Optional<Path>> POLICY_DIR =
      Setting.optional(
          "DPCOACH_POLICY_DIR",
          Kind.pathOrNone(),
          "the fictional example employer",
          "your employer's policy folder; `none` for no employer overlay",
          COACH);
  static final Setting<Path> KB_DIR =
      Setting.optional(
          "DPCOACH_KB_DIR",
          Kind.path(),
          "the embedded knowledge",
          "another knowledge folder",
          COACH);
  static final Setting<Path> MODEL_DIR =
      Setting.optional(
          "DPCOACH_MODEL_DIR",
          Kind.path(),
          "`models` in the data folder",
          "where trained models are cached",
          COACH);
  static final Setting<Optional<String>> DB_URL =
      Setting.optional(
          "DPCOACH_DB_URL",
          Kind.jdbcUrlOrNone(),
          "H2 in `db` under the data folder",
          "a PostgreSQL JDBC URL (`jdbc:postgresql://host:5432/dpcoach`); `none`: no tips,"
              + " supervision or insights",
          DATABASE);
  static final Setting<String> DB_USER =
      Setting.optional("DPCOACH_DB_USER", Kind.text(), "none", "the database user", DATABASE);
  static final Setting<String> DB_PASSWORD =
      Setting.optional(
          "DPCOACH_DB_PASSWORD", Kind.secret(1), "none", "the database password", DATABASE);
  static final Setting<Long> RETENTION_DAYS =
      Setting.of(
          "DPCOACH_RETENTION_DAYS",
          Kind.atLeastOne("days"),
          "90",
          "how long finished rows are kept",
          DATABASE);
  static final Setting<String> TEAMS_APP_VERSION =
      Setting.optional(
          "DPCOACH_TEAMS_APP_VERSION",
          Kind.text("a version major.minor.patch", v -> v.matches("\\d+\\.\\d+\\.\\d+")),
          "1.0.0",
          "the Teams app package's version",
          PACKAGE);
  static final Setting<String> TEAMS_APP_DEVELOPER =
      Setting.optional(
          "DPCOACH_TEAMS_APP_DEVELOPER",
          Kind.text("1 to 32 characters", v -> v.length() <= 32),
          "dpcoach (a placeholder)",
          "the publisher's name in the Teams app package (with the three links below)",
          PACKAGE);
  static final Setting<URI> TEAMS_APP_WEBSITE =
      Setting.optional(
          "DPCOACH_TEAMS_APP_WEBSITE",
          Kind.httpsUrl(),
          "a placeholder",
          "the publisher's website",
          PACKAGE);
  static final Setting<URI> TEAMS_APP_PRIVACY_URL =
      Setting.optional(
          "DPCOACH_TEAMS_APP_PRIVACY_URL",
          Kind.httpsUrl(),
          "a placeholder",
          "the publisher's privacy statement",
          PACKAGE);
  static final Setting<URI> TEAMS_APP_TERMS_URL =
      Setting.optional(
          "DPCOACH_TEAMS_APP_TERMS_URL",
          Kind.httpsUrl(),
          "a placeholder",
          "the publisher's terms of use",
          PACKAGE);

  /** Every setting, in the order the help lists them. */
  static final List<Setting<?>> ALL =
      Stream.concat(
              Stream.of(
                  HOME,
                  DATA_DIR,
                  LOG_LEVEL,
                  DEBUG,
                  JURISDICTION,
                  POLICY_DIR,
                  KB_DIR,
                  MODEL_DIR,
                  DB_URL,
                  DB_USER,
                  DB_PASSWORD,
                  RETENTION_DAYS),
              Stream.concat(
                  ServerSettingsTable.ALL.stream(),
                  Stream.of(
                      TEAMS_APP_VERSION,
                      TEAMS_APP_DEVELOPER,
                      TEAMS_APP_WEBSITE,
                      TEAMS_APP_PRIVACY_URL,
                      TEAMS_APP_TERMS_URL)))
          .toList();

  private SettingsTable() {}
}
