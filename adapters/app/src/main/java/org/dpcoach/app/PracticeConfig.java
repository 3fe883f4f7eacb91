package org.dpcoach.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.core.practice.Champions;
import org.dpcoach.core.practice.PracticeSettings;
import org.dpcoach.core.practice.WorkingHours;
import org.dpcoach.store.StoreSettings;

/**
 * Tips and group supervision settings, read from the environment.
 *
 * @param store the database ({@code DPCOACH_DB_URL}, else H2 under {@code DPCOACH_DATA_DIR}); empty
 *     when {@code DPCOACH_DB_URL=none}
 * @param champions {@code DPCOACH_CHAMPIONS} (comma-separated ids) and {@code
 *     DPCOACH_CHAMPIONS_FILE} (one id a line, {@code #} comments)
 * @param approval {@code DPCOACH_TIP_APPROVAL=on}: new tips wait for another champion
 * @param championsChannel {@code DPCOACH_CHAMPIONS_CHANNEL}: the Slack channel questions to the
 *     champions go to (Teams: set by a champion with {@code champions here})
 * @param hours {@code DPCOACH_WORKING_HOURS} ({@code mon-fri 09:00-17:00}, London): a question
 *     nobody took within one working day of them is posted again once
 */
record PracticeConfig(
    Optional<StoreSettings> store,
    Champions champions,
    boolean approval,
    Optional<String> championsChannel,
    WorkingHours hours) {

  static PracticeConfig from(Map<String, String> env, Path dataDir) {
    String url = env.getOrDefault("DPCOACH_DB_URL", "").strip();
    Optional<StoreSettings> store = Optional.empty();
    if (!url.equalsIgnoreCase("none")) {
      Duration retention = Duration.ofDays(days(env.getOrDefault("DPCOACH_RETENTION_DAYS", "90")));
      StoreSettings settings =
          url.isEmpty()
              ? StoreSettings.embedded(dataDir)
              : StoreSettings.at(
                  url,
                  optional(env.get("DPCOACH_DB_USER")),
                  optional(env.get("DPCOACH_DB_PASSWORD")),
                  dataDir);
      store = Optional.of(settings.withRetention(retention));
    }
    List<String> ids =
        new ArrayList<>(List.of(env.getOrDefault("DPCOACH_CHAMPIONS", "").split(",")));
    optional(env.get("DPCOACH_CHAMPIONS_FILE")).ifPresent(file -> ids.addAll(lines(Path.of(file))));
    boolean approval =
        switch (env.getOrDefault("DPCOACH_TIP_APPROVAL", "off")
            .strip()
            .toLowerCase(java.util.Locale.ROOT)) {
          case "on", "true", "yes" -> true;
          case "off", "false", "no", "" -> false;
          default -> throw new IllegalArgumentException("DPCOACH_TIP_APPROVAL must be on or off");
        };
    WorkingHours hours;
    try {
      hours =
          WorkingHours.parse(
              env.getOrDefault("DPCOACH_WORKING_HOURS", "mon-fri 09:00-17:00"),
              PracticeSettings.LONDON);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("DPCOACH_WORKING_HOURS: " + e.getMessage(), e);
    }
    return new PracticeConfig(
        store,
        Champions.of(ids),
        approval,
        optional(env.get("DPCOACH_CHAMPIONS_CHANNEL")).map(c -> c.replaceFirst("^#", "")),
        hours);
  }

  private static long days(String value) {
    try {
      long days = Long.parseLong(value.strip());
      if (days < 1) {
        throw new NumberFormatException();
      }
      return days;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "DPCOACH_RETENTION_DAYS must be a whole number of days, at least 1, not '" + value + "'");
    }
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream()
          .map(l -> l.replaceFirst("#.*$", "").strip())
          .filter(l -> !l.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(
          new IOException("cannot read DPCOACH_CHAMPIONS_FILE " + file, e));
    }
  }

  private static Optional<String> optional(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
