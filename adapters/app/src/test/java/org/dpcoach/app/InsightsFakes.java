package org.dpcoach.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.dpcoach.support.Json;
import org.dpcoach.testkit.RecordingFake;

/** The platforms' fakes for the insights tests: Slack's Web API and Teams' Bot Connector. */
final class InsightsFakes {
  static final ObjectMapper JSON = Json.MAPPER;

  private InsightsFakes() {}

  /** One recorded call: where it went and its body (form text or JSON). */
  record Call(String path, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        return JSON.createObjectNode();
      }
    }
  }

  /**
   * Slack's Web API on loopback: auth.test names the bot; chat.postMessage, chat.postEphemeral,
   * views.open and response URLs ({@code /hooks/...}) are recorded and answered ok.
   */
  static final class Slack extends RecordingFake<Call> {
    private final AtomicLong ts = new AtomicLong(100);

    Slack() {
      start();
    }

    String apiUrl() {
      return origin() + "/api/";
    }

    String hook(String name) {
      return origin() + "/hooks/" + name;
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
      try (exchange) {
        String path = exchange.getRequestURI().getPath();
        String body = bodyText(exchange);
        if (path.startsWith("/hooks/")) {
          record(new Call(path, body));
          respond(exchange, 200, "ok", Map.of());
          return;
        }
        String method = path.startsWith("/api/") ? path.substring(5) : path;
        String answer =
            switch (method) {
              case "auth.test" ->
                  "{\"ok\":true,\"team\":\"Fake\",\"user\":\"dpcoach\",\"team_id\":\"T0NORTH\","
                      + "\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";
              case "chat.postMessage", "chat.postEphemeral" ->
                  "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000."
                      + String.format("%06d", ts.incrementAndGet())
                      + "\",\"message_ts\":\"1700000000.1\"}";
              default -> "{\"ok\":true}";
            };
        if (!method.equals("auth.test")) {
          record(new Call(method, body));
        }
        respond(exchange, 200, answer, Map.of());
      }
    }
  }

  /**
   * Teams' Bot Connector at the activities' service URL: every POST under {@code /v3/conversations}
   * is recorded and answered with a fresh id.
   */
  static final class Teams extends RecordingFake<Call> {
    private final AtomicLong ids = new AtomicLong();

    Teams() {
      start();
    }

    String serviceUrl() {
      return origin() + "/";
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
      try (exchange) {
        String path = exchange.getRequestURI().getPath();
        String body = bodyText(exchange);
        if (!path.startsWith("/v3/conversations")) {
          respond(exchange, 404, "{}", Map.of());
          return;
        }
        record(new Call(path, body));
        boolean create = path.equals("/v3/conversations") || path.equals("/v3/conversations/");
        respond(
            exchange,
            create ? 201 : 200,
            "{\"id\":\"" + (create ? "a:personal-" : "m") + ids.incrementAndGet() + "\"}",
            Map.of());
      }
    }
  }
}
