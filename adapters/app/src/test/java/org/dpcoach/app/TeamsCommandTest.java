package org.dpcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dpcoach.teams.TeamsSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dpcoach teams}: the package from the environment, and the refusal to serve without
 * credentials.
 */
class TeamsCommandTest {
  static final String BOT = "6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b";

  static int run(
      Map<String, String> env,
      ByteArrayOutputStream out,
      ByteArrayOutputStream err,
      String... args) {
    return Main.run(
        List.of(args),
        env,
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void teamsPackage_withAppId_writesTheZip(@TempDir Path dir) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Path zip = dir.resolve("app.zip");

    int status =
        run(
            Map.of("MicrosoftAppId", BOT, "DPCOACH_TEAMS_APP_VERSION", "2.0.1"),
            out,
            new ByteArrayOutputStream(),
            "teams",
            "package",
            zip.toString());

    assertThat(status).isZero();
    assertThat(Files.exists(zip)).isTrue();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote", "app.zip");
  }

  @Test
  void teamsPackage_withoutAppId_exits64WithTheReason() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    assertThat(run(Map.of(), new ByteArrayOutputStream(), err, "teams", "package")).isEqualTo(64);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("MicrosoftAppId");
  }

  @Test
  void teamsServe_withoutCredentialsOutsideLocalMode_refusesToStart() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    assertThat(run(Map.of(), new ByteArrayOutputStream(), err, "teams", "serve")).isEqualTo(64);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("MicrosoftAppId", "DPCOACH_TEAMS_LOCAL=true");
  }

  @Test
  void settings_fromTheEnvironment_readEveryVariable() {
    Map<String, String> env =
        new HashMap<>(
            Map.of(
                "MicrosoftAppId",
                BOT,
                "MicrosoftAppPassword",
                "pw",
                "MicrosoftAppTenantId",
                "t-1",
                "DPCOACH_TEAMS_ALLOWED_TENANTS",
                "T-1, t-2 ,"));

    TeamsSettings settings = TeamsCommand.settings(env);
    env.put("DPCOACH_TEAMS_LOCAL", "true");

    assertThat(settings.appId()).contains(BOT);
    assertThat(settings.tenantId()).contains("t-1");
    assertThat(settings.allowedTenants()).isEqualTo(Set.of("t-1", "t-2"));
    assertThat(settings.localMode()).isFalse();
    assertThat(TeamsCommand.settings(env).localMode()).isTrue();
    assertThat(TeamsCommand.settings(Map.of("DPCOACH_TEAMS_LOCAL", "true")).serviceHosts())
        .isEqualTo(TeamsSettings.LOOPBACK_HOSTS);
  }
}
