package org.dpcoach.app;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.dpcoach.testkit.RecordingFake;

/**
 * Slack's Web API and response URLs on loopback, for {@code serve} run whole: answers auth.test and
 * records every posting call (method and form or JSON body).
 */
final class FakeSlack extends RecordingFake<FakeSlack.Call> {
  static final String BOT_USER = "UBOT";

  /**
   * One posting call: {@code chat.postMessage}, {@code chat.postEphemeral}, {@code response_url}...
   */
  record Call(String method, Map<String, String> params, String body) {}

  private final AtomicLong ts = new AtomicLong(1);

  FakeSlack() {
    start();
  }

  /** The Web API prefix for {@code DPCOACH_SLACK_API_URL}. */
  String apiUrl() {
    return origin() + "/api/";
  }

  /** A response URL on this fake. */
  String responseUrl(String name) {
    return origin() + "/hooks/" + name;
  }

  @Override
  protected void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = bodyText(exchange);
      String path = exchange.getRequestURI().getPath();
      if (path.startsWith("/hooks/")) {
        record(new Call("response_url", Map.of("path", path), body));
        respond(exchange, 200, "ok", Map.of());
        return;
      }
      String method = path.startsWith("/api/") ? path.substring(5) : path;
      switch (method) {
        case "auth.test" ->
            respond(
                exchange,
                200,
                "{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\""
                    + BOT_USER
                    + "\",\"bot_id\":\"B1\"}",
                Map.of());
        case "chat.postMessage", "chat.postEphemeral", "views.publish", "views.open" -> {
          record(new Call(method, form(body), body));
          respond(
              exchange,
              200,
              "{\"ok\":true,\"ts\":\"1700000000."
                  + String.format("%06d", ts.incrementAndGet())
                  + "\"}",
              Map.of());
        }
        default -> respond(exchange, 200, "{\"ok\":true}", Map.of());
      }
    }
  }
}
