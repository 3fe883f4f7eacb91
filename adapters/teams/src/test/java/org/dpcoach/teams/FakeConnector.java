package org.dpcoach.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.dpcoach.support.Json;
import org.dpcoach.testkit.RecordingFake;

/**
 * A recording fake of the Bot Connector on loopback: replies ({@code POST
 * /v3/conversations/{id}/activities/{replyToId}}), new messages ({@code POST
 * /v3/conversations/{id}/activities}), updates ({@code PUT /v3/conversations/{id}/activities/{id}},
 * recorded as kind {@code update}) and new conversations ({@code POST /v3/conversations}); can
 * answer 429 with {@code Retry-After} once, or refuse to open personal chats.
 */
final class FakeConnector extends RecordingFake<FakeConnector.Call> {
  static final ObjectMapper JSON = Json.MAPPER;

  /**
   * One recorded request: what kind, the conversation and reply-to ids, the Authorization header
   * and the JSON body.
   */
  record Call(
      String kind, String conversationId, String replyToId, String authorization, JsonNode body) {
    /** The first attachment's Adaptive Card, or a missing node. */
    JsonNode card() {
      return body.path("attachments").path(0).path("content");
    }

    /** Every text in the activity: its text and every TextBlock and button title in its card. */
    String allText() {
      StringBuilder out = new StringBuilder(body.path("text").asText("")).append('\n');
      collect(card(), out);
      return out.toString();
    }

    private static void collect(JsonNode node, StringBuilder out) {
      if (node.isObject()) {
        node.path("text").asText("").lines().forEach(l -> out.append(l).append('\n'));
        node.path("title").asText("").lines().forEach(l -> out.append(l).append('\n'));
        node.path("label").asText("").lines().forEach(l -> out.append(l).append('\n'));
      }
      node.forEach(child -> collect(child, out));
    }
  }

  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger ids = new AtomicInteger();
  private final AtomicBoolean rateLimitOnce = new AtomicBoolean();
  private final AtomicInteger rateLimited = new AtomicInteger();
  private volatile boolean refuseConversations;
  private volatile Consumer<Call> listener = c -> {};

  /** A fake on a free port of the given loopback address (127.0.0.2 plays an attacker, say). */
  FakeConnector(String host) {
    super(address(host));
    start();
  }

  /** The service URL to put in activities. */
  String serviceUrl() {
    return origin() + "/";
  }

  /** Every request this fake got, recorded or not (429s and unknown paths included). */
  int requests() {
    return requests.get();
  }

  void rateLimitOnce() {
    rateLimitOnce.set(true);
  }

  int rateLimited() {
    return rateLimited.get();
  }

  /** Called with every recorded call, on the fake's thread (the bench times replies with it). */
  void onCall(Consumer<Call> each) {
    listener = each;
  }

  void refuseConversations(boolean refuse) {
    refuseConversations = refuse;
  }

  @Override
  public void clear() {
    super.clear();
    requests.set(0);
    rateLimited.set(0);
  }

  @Override
  protected void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.incrementAndGet();
      byte[] raw = exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getPath();
      String[] segments = path.split("/");
      boolean put = "PUT".equals(exchange.getRequestMethod()) && segments.length == 6;
      if (!"POST".equals(exchange.getRequestMethod()) && !put
          || segments.length < 3
          || !"v3".equals(segments[1])
          || !"conversations".equals(segments[2])) {
        respond(
            exchange,
            404,
            "{\"error\":{\"code\":\"NotFound\",\"message\":\"no such path\"}}",
            Map.of());
        return;
      }
      if (rateLimitOnce.compareAndSet(true, false)) {
        rateLimited.incrementAndGet();
        respond(
            exchange,
            429,
            "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"slow down\"}}",
            Map.of("Retry-After", "1"));
        return;
      }
      JsonNode body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      if (segments.length == 3) {
        record(new Call("create", null, null, auth, body));
        if (refuseConversations) {
          respond(
              exchange,
              403,
              "{\"error\":{\"code\":\"Forbidden\",\"message\":\"bot not installed for user\"}}",
              Map.of());
        } else {
          respond(exchange, 201, "{\"id\":\"a:personal-" + ids.incrementAndGet() + "\"}", Map.of());
        }
        return;
      }
      String conversation = segments[3];
      String replyTo = segments.length > 5 ? segments[5] : null;
      Call call =
          new Call(
              put ? "update" : replyTo == null ? "send" : "reply",
              conversation,
              replyTo,
              auth,
              body);
      record(call);
      listener.accept(call);
      String id = put ? replyTo : "m" + ids.incrementAndGet();
      respond(exchange, 200, "{\"id\":\"" + id + "\"}", Map.of());
    }
  }

  private static InetAddress address(String host) {
    try {
      return InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new UncheckedIOException(e);
    }
  }
}
