package org.dpcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dpcoach.support.Json;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dpcoach serve} run whole in its own JVM with {@code DPCOACH_LOG_LEVEL=debug}: the canary
 * conversations go to every endpoint (Slack events, the slash command, Teams, the web chat, {@code
 * /healthz}); no canary value may reach the log or any file under the data folder (the database
 * with its inbox included), while the libraries' DEBUG loggers stay quiet.
 */
@Tag("integration")
class ServeCanaryTest {
  static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path data;

  @Test
  void serveAtDebug_canariesOnEveryEndpoint_neverInLogsOrFiles() throws Exception {
    ServeProcess.copyModels(data);
    Path log = data.resolve("serve.log");
    try (FakeSlack slack = new FakeSlack();
        ServeTeamsPracticeTest.FakeConnector teams = new ServeTeamsPracticeTest.FakeConnector()) {
      Map<String, String> env = new HashMap<>();
      env.put("DPCOACH_HOME", Path.of("../..").toAbsolutePath().normalize().toString());
      env.put("DPCOACH_DATA_DIR", data.toString());
      env.put("DPCOACH_HTTP_PORT", "0");
      env.put("DPCOACH_LOG_LEVEL", "debug");
      env.put("SLACK_BOT_TOKEN", "xoxb-canary");
      env.put("SLACK_SIGNING_SECRET", SignedSlack.SECRET);
      env.put("DPCOACH_SLACK_API_URL", slack.apiUrl());
      env.put("DPCOACH_TEAMS_LOCAL", "true");
      env.put("DPCOACH_WEB_CHAT", "true");
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      int slackAnswers = 0;
      try (ServeProcess serve = ServeProcess.start(env, log, Duration.ofMinutes(3))) {
        List<String> script = CanaryTest.SCRIPT.stream().filter(t -> !t.isEmpty()).toList();
        for (int i = 0; i < script.size(); i++) {
          String text = script.get(i);
          ok(
              http,
              SignedSlack.post(
                  serve.base(),
                  SignedSlack.event("EvC" + i, true, "UC", "DC1", text, "1700000000.00010" + i)));
          ok(
              http,
              SignedSlack.post(
                  serve.base(),
                  SignedSlack.event("EvM" + i, false, "UC", "CC1", text, "1700000000.00020" + i)));
          String command =
              SignedSlack.command(
                  "ask " + text, "UC", "CC1", slack.responseUrl("c" + i), "trig-c" + i);
          ok(
              http,
              SignedSlack.post(
                  serve.base(),
                  command,
                  "application/x-www-form-urlencoded",
                  System.currentTimeMillis() / 1000));
          slackAnswers += 3;
          ok(
              http,
              HttpRequest.newBuilder(serve.base().resolve("/api/messages"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          teamsMessage(teams.origin() + "/", i, text)))
                  .build());
          ok(
              http,
              HttpRequest.newBuilder(serve.base().resolve("/chat"))
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          Json.MAPPER.createObjectNode().put("text", text).toString()))
                  .build());
        }
        ok(http, HttpRequest.newBuilder(serve.base().resolve("/healthz")).build());
        assertThat(slack.await(c -> true, slackAnswers, WAIT))
            .hasSizeGreaterThanOrEqualTo(slackAnswers);
        assertThat(teams.await(c -> true, script.size(), WAIT))
            .hasSizeGreaterThanOrEqualTo(script.size());
        assertThat(serve.stop()).isNotEqualTo(137);
      }
      ServeProcess.keepModels(data);
      String logText = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(logText).as("serve logged its start").contains("serving on");
      assertThat(logText)
          .as("no library DEBUG line")
          .doesNotContain(
              " DEBUG org.eclipse.jetty",
              " DEBUG io.javalin",
              " DEBUG okhttp3",
              " DEBUG com.slack.api");
      for (String canary : CanaryTest.CANARIES) {
        assertThat(logText).as("serve log").doesNotContain(canary);
        try (Stream<Path> files = Files.walk(data)) {
          for (Path file : files.filter(Files::isRegularFile).toList()) {
            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(content).as(file.toString()).doesNotContain(canary);
          }
        }
      }
      System.out.printf(
          "serve at DEBUG: %d Slack answers, %d Teams answers, %d log lines, no canary in logs or files%n",
          slack.calls().size(), teams.calls().size(), logText.lines().count());
    }
  }

  private static void ok(HttpClient http, HttpRequest request) throws Exception {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(request.uri().getPath()).isEqualTo(200);
  }

  private static String teamsMessage(String serviceUrl, int i, String text) {
    ObjectMapper json = Json.MAPPER;
    ObjectNode a = json.createObjectNode();
    a.put("type", "message")
        .put("id", "canary-" + i)
        .put("timestamp", "2026-11-23T10:00:00Z")
        .put("serviceUrl", serviceUrl)
        .put("channelId", "msteams")
        .put("text", text);
    a.putObject("from").put("id", "29:canary").put("aadObjectId", "aad-canary");
    a.putObject("recipient").put("id", ServeTeamsPracticeTest.BOT);
    a.putObject("conversation").put("id", "a:canary").put("conversationType", "personal");
    return a.toString();
  }
}
