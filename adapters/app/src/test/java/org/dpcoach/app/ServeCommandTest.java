package org.dpcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.dpcoach.support.Json;
import org.dpcoach.testkit.TestCoach;
import org.junit.jupiter.api.Test;

/**
 * {@code dpcoach serve} with no platform configured: health check and the web chat, on loopback.
 */
class ServeCommandTest {
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> post(int port, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/chat"))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void serve_noPlatform_answersHealthAndWebChatAndRejectsBadBodies() throws Exception {
    Map<String, String> env =
        Map.of(
            "DPCOACH_HOME",
            Path.of("../..").toAbsolutePath().normalize().toString(),
            "DPCOACH_DATA_DIR",
            "target/test-data",
            "DPCOACH_MODEL_DIR",
            TestCoach.modelCache().toString(),
            "DPCOACH_HTTP_PORT",
            "0");
    ServeSettings settings = ServeSettings.from(env);
    assertThat(settings.host()).isEqualTo("127.0.0.1");
    assertThat(settings.webChat()).isTrue();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (ServeCommand.Running running =
        ServeCommand.start(
            Coach.start(AppConfig.from(env), Clock.systemDefaultZone()),
            settings,
            new PrintStream(err, true, StandardCharsets.UTF_8))) {
      int port = running.port();
      assertThat(running.practice()).isPresent();
      assertThat(err.toString(StandardCharsets.UTF_8))
          .contains("tips and supervision with H2 under the data folder");
      HttpResponse<String> health =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).isEqualTo("ok");

      HttpResponse<String> answer =
          post(port, "{\"text\": \"can I accept a friend request from a service user's mum?\"}");
      JsonNode reply = Json.MAPPER.readTree(answer.body());
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(reply.get("topic").asText()).isEqualTo("friend-requests");
      String conversation = reply.get("conversation").asText();

      JsonNode followUp =
          Json.MAPPER.readTree(
              post(
                      port,
                      "{\"conversation\": \""
                          + conversation
                          + "\", \"text\": \"what about instagram?\"}")
                  .body());
      assertThat(followUp.get("topic").asText()).isEqualTo("friend-requests");

      assertThat(post(port, "not json").statusCode()).isEqualTo(400);
      assertThat(post(port, "[1,2]").statusCode()).isEqualTo(400);
      assertThat(post(port, "{\"text\": \"" + "x".repeat(70_000) + "\"}").statusCode())
          .isEqualTo(413);
    }
  }

  @Test
  void serveSettings_badPort_saysWhatIsWrong() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ServeSettings.from(Map.of("DPCOACH_HTTP_PORT", "eighty")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DPCOACH_HTTP_PORT must be a port number (0-65535), not 'eighty'");
  }
}
