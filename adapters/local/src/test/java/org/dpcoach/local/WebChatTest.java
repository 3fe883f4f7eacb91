package org.dpcoach.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.dpcoach.core.Answers;
import org.dpcoach.support.Json;
import org.dpcoach.testkit.BadInputs;
import org.dpcoach.testkit.LoopbackJavalin;
import org.dpcoach.testkit.TestReplies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web chat over HTTP on loopback: its page, HTML replies, and bad input. */
class WebChatTest {
  static final ObjectMapper JSON = Json.MAPPER;
  static Javalin server;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = LoopbackJavalin.start(new WebChat(Replies.coach())::routes);
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  HttpResponse<String> post(Map<String, String> body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/chat"))
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void page_loadsNothingFromElsewhere() throws Exception {
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).contains(WebChat.CSP);
    assertThat(page.body()).doesNotContainPattern("(src|href)=\"?(https?:)?//");
  }

  @Test
  void chat_answer_htmlHasTheShortAnswerFirstAndTheGuidanceInDetails() throws Exception {
    JsonNode reply = JSON.readTree(post(Map.of("text", TestReplies.FORMER_CLIENT)).body());

    String html = reply.get("html").asText();
    assertThat(reply.get("route").asText()).isEqualTo("answer");
    assertThat(html.indexOf("short-answer"))
        .isLessThan(html.indexOf("<details class=\"guidance\""));
    assertThat(reply.get("text").asText()).contains("Sources (knowledge version");
  }

  @Test
  void chat_badInput_shortPoliteReplyInEveryCase() throws Exception {
    for (BadInputs.Input input : BadInputs.all()) {
      HttpResponse<String> response = post(Map.of("text", input.text()));
      JsonNode reply = JSON.readTree(response.body());

      assertThat(response.statusCode()).as(input.name()).isEqualTo(200);
      String text = reply.get("text").asText();
      assertThat(text.length()).as(input.name()).isBetween(20, BadInputs.SHORT_CHARS);
      assertThat(text + reply.get("html").asText())
          .as(input.name())
          .doesNotContainPattern(BadInputs.STACK_TRACE)
          .doesNotContain(BadInputs.PERSONAL_VALUES);
    }
  }

  @Test
  void chat_engineFails_politeErrorAndNoStackTrace() throws Exception {
    Answers failing =
        new Answers() {
          @Override
          public org.dpcoach.core.model.Reply handle(org.dpcoach.core.model.Turn turn) {
            throw new IllegalStateException("boom with the user's words in it");
          }

          @Override
          public org.dpcoach.core.model.Reply choose(
              org.dpcoach.core.model.Turn turn, String topicOrCaseId) {
            throw new IllegalStateException("boom");
          }
        };
    Javalin broken = LoopbackJavalin.start(new WebChat(failing)::routes);
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + broken.port() + "/chat"))
                  .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"hello\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo(WebChat.SORRY);
      assertThat(response.body())
          .doesNotContain("boom")
          .doesNotContainPattern(BadInputs.STACK_TRACE);
    } finally {
      broken.stop();
    }
  }

  @Test
  void chat_bodyOver64KiB_politeJsonError() throws Exception {
    HttpResponse<String> response = post(Map.of("text", "🙂".repeat(20_000)));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo(WebChat.TOO_LONG);
  }
}
