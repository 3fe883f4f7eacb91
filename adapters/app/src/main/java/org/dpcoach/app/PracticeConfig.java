package org.dpcoach.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.core.practice.Champions;
import org.dpcoach.core.practice.WorkingHours;
import org.dpcoach.store.StoreSettings;

/**
 * Tips and group supervision settings.
 *
 * @param store the database ({@code DPCOACH_DB_URL}, else H2 under {@code DPCOACH_DATA_DIR}); empty
 *     when {@code DPCOACH_DB_URL=none}
 * @param champions {@code DPCOACH_CHAMPIONS} (comma-separated ids) and {@code
 *     DPCOACH_CHAMPIONS_FILE} (one id a line, {@code #} comments)
 * @param approval {@code DPCOACH_TIP_APPROVAL=true}: new tips wait for another champion
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

  /** The settings from the environment, read as {@code serve} reads them. */
  static PracticeConfig from(Map<String, String> env, Path dataDir) {
    return of(Settings.read(env, EnumSet.of(Setting.Use.DATABASE, Setting.Use.SERVE)), dataDir);
  }

  /** The settings from the read environment; the database in the data folder unless one is set. */
  static PracticeConfig of(Settings settings, Path dataDir) {
    Optional<Optional<String>> url = settings.find(SettingsTable.DB_URL);
    Optional<StoreSettings> store = Optional.empty();
    if (url.isEmpty() || url.get().isPresent()) {
      StoreSettings.Builder builder =
          StoreSettings.builder(dataDir)
              .retention(Duration.ofDays(settings.get(SettingsTable.RETENTION_DAYS)));
      if (url.isPresent()) { // user and password go with a configured database only
        builder.url(url.get().get());
        settings.find(SettingsTable.DB_USER).ifPresent(builder::user);
        settings.find(SettingsTable.DB_PASSWORD).ifPresent(builder::password);
      }
      store = Optional.of(builder.build());
    }
    List<String> ids =
        new ArrayList<>(settings.find(ServerSettingsTable.CHAMPIONS).orElse(List.of()));
    settings.find(ServerSettingsTable.CHAMPIONS_FILE).ifPresent(file -> ids.addAll(lines(file)));
    return new PracticeConfig(
        store,
        Champions.of(ids),
        settings.get(ServerSettingsTable.TIP_APPROVAL),
        settings.find(ServerSettingsTable.CHAMPIONS_CHANNEL).map(c -> c.replaceFirst("^#", "")),
        settings.get(ServerSettingsTable.WORKING_HOURS));
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
}
