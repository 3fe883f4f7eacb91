package org.dpcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.core.port.ConversationAddress;
import org.dpcoach.store.Database;
import org.dpcoach.store.StoreSettings;
import org.dpcoach.support.Json;
import org.dpcoach.testkit.RecordingFake;
import org.dpcoach.testkit.TestCoach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dpcoach serve} with Teams (local mode) and the database: a champion's {@code tips now} in
 * a Teams channel is posted through the Teams channel poster to the conversation the database
 * remembers, on the same server as {@code /healthz}, and again after a restart.
 */
class ServeTeamsPracticeTest {
  static final ObjectMapper JSON = Json.MAPPER;
  static final String CHANNEL = "19:north0123456789@thread.tacv2";
  static final String BOT = "28:dpcoach-local";

  @TempDir Path data;
  private final FakeConnector connector = new FakeConnector();
  private final HttpClient http = HttpClient.newHttpClient();

  /** The Bot Connector: records each POST as "path body" and answers with a fresh activity id. */
  static final class FakeConnector extends RecordingFake<String> {
    FakeConnector() {
      start();
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
      try (exchange) {
        String path = exchange.getRequestURI().getPath();
        if (!path.startsWith("/v3/conversations")) {
          respond(exchange, 404, "{}", Map.of());
          return;
        }
        record(path + " " + bodyText(exchange));
        respond(
            exchange, 200, "{\"id\":\"" + (1_700_000_000_000L + calls().size()) + "\"}", Map.of());
      }
    }
  }

  @AfterEach
  void stop() {
    connector.close();
  }

  @Test
  void tipsNow_inATeamsChannel_postsThroughTheStoredReference_beforeAndAfterARestart()
      throws Exception {
    String serviceUrl = connector.origin() + "/";
    try (Database db = Database.open(StoreSettings.embedded(data))) {
      db.conversations(Clock.systemUTC())
          .remember(
              new ConversationAddress(
                  CHANNEL,
                  serviceUrl,
                  Optional.empty(),
                  Optional.of("channel"),
                  BOT,
                  Optional.empty(),
                  Optional.empty()));
    }
    Map<String, String> env =
        Map.of(
            "DPCOACH_HOME",
            Path.of("../..").toAbsolutePath().normalize().toString(),
            "DPCOACH_DATA_DIR",
            data.toString(),
            "DPCOACH_MODEL_DIR",
            TestCoach.modelCache().toString(),
            "DPCOACH_HTTP_PORT",
            "0",
            "DPCOACH_TEAMS_LOCAL",
            "true",
            "DPCOACH_CHAMPIONS",
            "aad-champion");
    ServeSettings settings = ServeSettings.from(env);
    assertThat(settings.teams()).isPresent();
    assertThat(settings.host()).isEqualTo("127.0.0.1");
    for (int round = 1; round <= 2; round++) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      try (ServeCommand.Running running =
          ServeCommand.start(
              Coach.start(AppConfig.from(env), Clock.systemDefaultZone()),
              settings,
              new PrintStream(err, true, StandardCharsets.UTF_8))) {
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Teams at /api/messages");
        int status = send(running.port(), tipsNow(serviceUrl, round));
        assertThat(status).isBetween(200, 202);

        assertThat(connector.await(ServeTeamsPracticeTest::isTip, round, Duration.ofSeconds(20)))
            .as("round %d", round)
            .hasSize(round);
        assertThat(tipCards().get(round - 1))
            .startsWith("/v3/conversations/" + CHANNEL + "/activities")
            .contains("Tip of the week");
      }
    }
    assertThat(tipCards().get(0)).isNotEqualTo(tipCards().get(1));
  }

  private List<String> tipCards() {
    return connector.calls(ServeTeamsPracticeTest::isTip);
  }

  private static boolean isTip(String posted) {
    return posted.contains("Tip of the week");
  }

  private int send(int port, ObjectNode activity) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(activity)))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  /** A champion mentioning the bot in the channel: {@code @dpcoach tips now}. */
  private static ObjectNode tipsNow(String serviceUrl, int round) {
    ObjectNode a = JSON.createObjectNode();
    String mention = "<at>dpcoach</at>";
    a.put("type", "message")
        .put("id", "17000000" + round)
        .put("timestamp", "2026-11-23T10:00:00.000Z")
        .put("serviceUrl", serviceUrl)
        .put("channelId", "msteams")
        .put("text", mention + " tips now")
        .put("textFormat", "plain");
    a.putObject("from").put("id", "29:champion").put("aadObjectId", "aad-champion");
    a.putObject("conversation")
        .put("id", CHANNEL + ";messageid=17000000" + round)
        .put("conversationType", "channel")
        .put("isGroup", true);
    a.putObject("recipient").put("id", BOT).put("name", "dpcoach").put("role", "bot");
    ObjectNode entity = a.putArray("entities").addObject();
    entity.put("type", "mention").put("text", mention);
    entity.putObject("mentioned").put("id", BOT).put("name", "dpcoach");
    return a;
  }

  static JsonNode body(String recorded) throws Exception {
    return JSON.readTree(recorded.substring(recorded.indexOf(' ') + 1));
  }
}
