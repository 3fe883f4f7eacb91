package org.dpcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dpcoach.testkit.BadInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wrong settings stop the command line before anything starts: no model is loaded or trained (the
 * model folder is never made), no database is opened (the data folder is never made), no port is
 * bound. The timeouts only keep a regression from hanging the build: {@code serve} runs until
 * stopped.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class StartRefusalTest {
  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  private Run run(Map<String, String> settings, String... args) {
    Map<String, String> env = new HashMap<>(settings);
    env.put("DPCOACH_HOME", Path.of("../..").toAbsolutePath().normalize().toString());
    env.put("DPCOACH_DATA_DIR", dir.resolve("data").toString());
    env.put("DPCOACH_MODEL_DIR", dir.resolve("models").toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            List.of(args),
            env,
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private void assertNothingStarted(Run run) {
    assertThat(run.status()).isEqualTo(64);
    assertThat(run.err()).doesNotContainPattern(BadInputs.STACK_TRACE);
    assertThat(dir.resolve("models")).doesNotExist();
    assertThat(dir.resolve("data")).doesNotExist();
  }

  @Test
  void serve_badPortAndWebChatYes_refusesBothBeforeAnythingStarts() {
    Run run = run(Map.of("DPCOACH_HTTP_PORT", "80x", "DPCOACH_WEB_CHAT", "yes"), "serve");

    assertNothingStarted(run);
    assertThat(run.err())
        .isEqualTo(
            "dpcoach: DPCOACH_HTTP_PORT must be a port number (0-65535), not '80x'\n"
                + "dpcoach: DPCOACH_WEB_CHAT must be true or false, not 'yes'\n"
                + "dpcoach: nothing was started ('dpcoach help' lists every setting)\n");
  }

  @Test
  void serve_portInUse_refusesBeforeTheModelsLoad() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      String port = Integer.toString(taken.getLocalPort());

      Run run = run(Map.of("DPCOACH_HTTP_PORT", port, "DPCOACH_HTTP_HOST", "127.0.0.1"), "serve");

      assertNothingStarted(run);
      assertThat(run.err())
          .startsWith(
              "dpcoach: DPCOACH_HTTP_PORT must be a port this server can listen on, but "
                  + port
                  + " on 127.0.0.1 cannot be used (");
    }
  }

  @Test
  void teamsServe_badSlackApiUrlAndLocalModeOne_namesBothVariables() {
    Run run =
        run(
            Map.of("DPCOACH_SLACK_API_URL", "slack.com/api", "DPCOACH_TEAMS_LOCAL", "1"),
            "teams",
            "serve");

    assertNothingStarted(run);
    assertThat(run.err())
        .contains(
            "dpcoach: DPCOACH_SLACK_API_URL must be an absolute http or https URL,"
                + " not 'slack.com/api'\n",
            "dpcoach: DPCOACH_TEAMS_LOCAL must be true or false, not '1'\n");
  }

  @Test
  void help_withBrokenSettings_stillPrintsTheGeneratedSettingsHelp() {
    Run run = run(Map.of("DPCOACH_WEB_CHAT", "yes", "DPCOACH_LOG_LEVEL", "loud"), "help");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("usage: dpcoach COMMAND")
        .contains("  DPCOACH_WEB_CHAT: true or false; unset: true without Slack and Teams [serve]")
        .contains("  DPCOACH_HTTP_PORT: a port number (0-65535); unset: 3000 [serve]");
    assertThat(Files.exists(dir.resolve("data"))).isFalse();
  }
}
