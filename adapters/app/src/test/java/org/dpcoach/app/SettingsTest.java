package org.dpcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one settings reader: every variable checked up front, every problem naming its variable. */
class SettingsTest {

  @Test
  void read_webChatYes_isRefusedNamingTheVariable() {
    assertThatThrownBy(() -> Settings.forServe(Map.of("DPCOACH_WEB_CHAT", "yes")))
        .isInstanceOf(Settings.Problems.class)
        .hasMessage("DPCOACH_WEB_CHAT must be true or false, not 'yes'");
  }

  @Test
  void read_everyFlag_acceptsTrueOrFalseInAnyCaseAndNothingElse() {
    List<Setting<?>> flags =
        SettingsTable.ALL.stream().filter(s -> s.kind().accepts().equals("true or false")).toList();
    assertThat(flags).hasSizeGreaterThanOrEqualTo(5);
    for (Setting<?> setting : flags) {
      @SuppressWarnings("unchecked") // the kind said it is a flag
      Setting<Boolean> flag = (Setting<Boolean>) setting;
      assertThat(Settings.forServe(Map.of(flag.name(), "TRUE")).find(flag))
          .as(flag.name())
          .hasValue(true);
      assertThat(Settings.forServe(Map.of(flag.name(), "False")).find(flag))
          .as(flag.name())
          .hasValue(false);
      for (String other : List.of("yes", "no", "on", "off", "1", "0")) {
        assertThatThrownBy(() -> Settings.forServe(Map.of(flag.name(), other)))
            .as(flag.name() + "=" + other)
            .hasMessage(flag.name() + " must be true or false, not '" + other + "'");
      }
    }
  }

  @Test
  void read_badSlackApiUrl_namesTheVariableAndWhatIsAccepted() {
    assertThatThrownBy(() -> Settings.forServe(Map.of("DPCOACH_SLACK_API_URL", "slack.com/api")))
        .hasMessage(
            "DPCOACH_SLACK_API_URL must be an absolute http or https URL, not 'slack.com/api'");
  }

  @Test
  void read_severalBadValues_refusedTogetherInTheTablesOrder() {
    Settings.Problems problems =
        (Settings.Problems)
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    Settings.forServe(
                        Map.of(
                            "DPCOACH_HTTP_PORT", "80x",
                            "DPCOACH_WEB_CHAT", "yes",
                            "DPCOACH_JURISDICTION", "france",
                            "DPCOACH_RETENTION_DAYS", "0",
                            "DPCOACH_INBOX_SWEEP_SECONDS", "ten",
                            "DPCOACH_LOG_LEVEL", "verbose")));

    assertThat(problems.problems())
        .containsExactly(
            "DPCOACH_LOG_LEVEL must be one of trace, debug, info, warn, error, off, not 'verbose'",
            "DPCOACH_JURISDICTION must be one of england, scotland, wales, northern-ireland,"
                + " not 'france'",
            "DPCOACH_RETENTION_DAYS must be a whole number of days, at least 1, not '0'",
            "DPCOACH_HTTP_PORT must be a port number (0-65535), not '80x'",
            "DPCOACH_WEB_CHAT must be true or false, not 'yes'",
            "DPCOACH_INBOX_SWEEP_SECONDS must be a whole number of seconds, at least 1, not 'ten'");
  }

  @Test
  void read_badSecretsAndDatabaseUrl_neverShowTheValue() {
    Settings.Problems problems =
        (Settings.Problems)
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    Settings.forServe(
                        Map.of(
                            "DPCOACH_INSIGHTS_SECRET", "hunter2",
                            "DPCOACH_DB_URL", "mysql://u:hunter3@db/x")));

    assertThat(problems.problems())
        .containsExactly(
            "DPCOACH_DB_URL must be a jdbc:postgresql: or jdbc:h2: URL, or none",
            "DPCOACH_INSIGHTS_SECRET must be at least 32 characters");
    assertThat(problems.getMessage()).doesNotContain("hunter");
  }

  @Test
  void read_missingChampionsFile_namesTheVariable(@org.junit.jupiter.api.io.TempDir Path dir) {
    Path missing = dir.resolve("champions.txt");
    assertThatThrownBy(
            () -> Settings.forServe(Map.of("DPCOACH_CHAMPIONS_FILE", missing.toString())))
        .hasMessage("DPCOACH_CHAMPIONS_FILE must be a readable file, not '" + missing + "'");
  }

  @Test
  void read_blankOrUnset_givesTheDefault() throws Exception {
    Settings settings =
        Settings.forServe(Map.of("DPCOACH_HTTP_PORT", "  ", "DPCOACH_PUBLIC_URL", ""));

    assertThat(settings.get(ServerSettingsTable.HTTP_PORT)).isEqualTo(3000);
    assertThat(settings.isSet(ServerSettingsTable.HTTP_PORT)).isFalse();
    assertThat(settings.find(ServerSettingsTable.PUBLIC_URL)).isEmpty();
    assertThat(settings.get(ServerSettingsTable.SLACK_API_URL))
        .isEqualTo(URI.create("https://slack.com/api/"));
    assertThat(
            Settings.forServe(Map.of("DPCOACH_HTTP_PORT", " 8080 "))
                .get(ServerSettingsTable.HTTP_PORT))
        .isEqualTo(8080);
  }

  @Test
  void table_namesAreUniqueAndEveryOneIsInTheHelp() {
    List<String> names = SettingsTable.ALL.stream().map(Setting::name).toList();

    assertThat(names).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(35);
    assertThat(Main.USAGE).contains(names);
  }

  @Test
  void readme_settingsTable_isTheGeneratedOne() throws Exception {
    String readme = Files.readString(Path.of("../../README.md"));

    assertThat(readme).contains(SettingsText.markdown());
  }

  @Test
  void commandSettings_eachCommandReadsOnlyItsOwnSettings() {
    Map<String, String> env = Map.of("DPCOACH_WEB_CHAT", "yes");

    assertThat(CommandSettings.read(List.of("kb", "stats"), env)).isNotNull();
    assertThat(CommandSettings.read(List.of("help"), Map.of("DPCOACH_LOG_LEVEL", "x"))).isNotNull();
    assertThatThrownBy(() -> CommandSettings.read(List.of("serve"), env))
        .hasMessage("DPCOACH_WEB_CHAT must be true or false, not 'yes'");
    assertThatThrownBy(() -> CommandSettings.read(List.of("teams", "serve"), env))
        .hasMessage("DPCOACH_WEB_CHAT must be true or false, not 'yes'");
    assertThatThrownBy(
            () ->
                CommandSettings.read(
                    List.of("teams", "package"), Map.of("DPCOACH_TEAMS_APP_VERSION", "2")))
        .hasMessage("DPCOACH_TEAMS_APP_VERSION must be a version major.minor.patch, not '2'");
  }

  @Test
  void commandSettings_teamsServe_listensOn3978UnlessTold() {
    assertThat(
            CommandSettings.read(List.of("teams", "serve"), Map.of())
                .get(ServerSettingsTable.HTTP_PORT))
        .isEqualTo(3978);
    assertThat(
            CommandSettings.read(List.of("teams", "serve"), Map.of("DPCOACH_HTTP_PORT", "4000"))
                .get(ServerSettingsTable.HTTP_PORT))
        .isEqualTo(4000);
    assertThat(CommandSettings.read(List.of("serve"), Map.of()).get(ServerSettingsTable.HTTP_PORT))
        .isEqualTo(3000);
  }

  @Test
  void setting_defaultItsKindRefuses_failsWhenTheTableIsBuilt() {
    assertThatThrownBy(() -> Setting.of("X", Kind.port(), "eighty", "a port", Setting.Use.SERVE))
        .hasMessage("the default of X must be a port number (0-65535), not 'eighty'");
  }
}
