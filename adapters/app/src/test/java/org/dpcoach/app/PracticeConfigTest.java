package org.dpcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeConfigTest {
  @TempDir Path temp;

  @Test
  void from_defaults_embeddedH2UnderTheDataFolderNoChampionsNoApproval() {
    PracticeConfig config = PracticeConfig.from(Map.of(), temp);

    assertThat(config.store().orElseThrow().jdbcUrl())
        .startsWith("jdbc:h2:file:" + temp.toAbsolutePath().resolve("db"));
    assertThat(config.store().orElseThrow().retention()).isEqualTo(Duration.ofDays(90));
    assertThat(config.champions().ids()).isEmpty();
    assertThat(config.approval()).isFalse();
  }

  @Test
  void from_championsListAndFile_mergedWithCommentsAndBlanksLeftOut() throws Exception {
    Path file =
        Files.writeString(
            temp.resolve("champions.txt"),
            "# principal social workers\nU0PSW1\n\n9f1c2e4a-aad-object-id  # Teams\n");
    PracticeConfig config =
        PracticeConfig.from(
            Map.of(
                "DPCOACH_CHAMPIONS",
                " U0CH1, U0CH2 ,",
                "DPCOACH_CHAMPIONS_FILE",
                file.toString(),
                "DPCOACH_TIP_APPROVAL",
                "true",
                "DPCOACH_DB_URL",
                "jdbc:postgresql://db/dpcoach",
                "DPCOACH_RETENTION_DAYS",
                "30"),
            temp);

    assertThat(config.champions().ids())
        .containsExactlyInAnyOrder("U0CH1", "U0CH2", "U0PSW1", "9f1c2e4a-aad-object-id");
    assertThat(config.approval()).isTrue();
    assertThat(config.store().orElseThrow().jdbcUrl()).isEqualTo("jdbc:postgresql://db/dpcoach");
    assertThat(config.store().orElseThrow().retention()).isEqualTo(Duration.ofDays(30));
  }

  @Test
  void from_badValues_sayWhatIsWrong() {
    assertThat(PracticeConfig.from(Map.of("DPCOACH_DB_URL", "none"), temp).store()).isEmpty();
    assertThatThrownBy(() -> PracticeConfig.from(Map.of("DPCOACH_RETENTION_DAYS", "0"), temp))
        .hasMessage("DPCOACH_RETENTION_DAYS must be a whole number of days, at least 1, not '0'");
    assertThatThrownBy(() -> PracticeConfig.from(Map.of("DPCOACH_TIP_APPROVAL", "maybe"), temp))
        .hasMessage("DPCOACH_TIP_APPROVAL must be true or false, not 'maybe'");
    assertThatThrownBy(() -> PracticeConfig.from(Map.of("DPCOACH_WORKING_HOURS", "9 to 5"), temp))
        .hasMessage(
            "DPCOACH_WORKING_HOURS must be working hours like 'mon-fri 09:00-17:00', not '9 to 5'");
  }

  @Test
  void from_championsChannelAndWorkingHours_readForAskingAChampion() {
    PracticeConfig config =
        PracticeConfig.from(
            Map.of(
                "DPCOACH_CHAMPIONS_CHANNEL",
                "#C0CHAMPS",
                "DPCOACH_WORKING_HOURS",
                "tue-thu 08:00-16:00"),
            temp);

    assertThat(config.championsChannel()).contains("C0CHAMPS");
    assertThat(config.hours().days()).hasSize(3);
    assertThat(config.hours().end()).hasToString("16:00");
    assertThat(PracticeConfig.from(Map.of(), temp).championsChannel()).isEmpty();
    assertThat(PracticeConfig.from(Map.of(), temp).hours())
        .isEqualTo(org.dpcoach.core.practice.WorkingHours.officeHours());
  }
}
