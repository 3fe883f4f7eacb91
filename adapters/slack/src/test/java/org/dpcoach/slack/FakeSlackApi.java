package org.dpcoach.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.dpcoach.testkit.Poll;

/**
 * A recording fake of Slack's Web API on loopback: answers auth.test, bots.info, chat.postMessage,
 * chat.postEphemeral, views.publish, views.open, apps.connections.open and response URLs ({@code
 * /hooks/...}); can answer 429 with {@code Retry-After} once.
 */
final class FakeSlackApi implements AutoCloseable {
  static final String BOT_USER = "UBOT";
  static final String BOT_ID = "BBOT";
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> COUNTED =
      Set.of(
          "chat.postMessage", "chat.postEphemeral", "views.publish", "views.open", "response_url");

  /** One recorded call: the method (or {@code response_url}) and its parameters or JSON body. */
  record Call(String method, Map<String, String> params, String json) {
    /** The blocks as JSON, from the form parameter or the JSON body. */
    JsonNode blocks() {
      try {
        if (json != null) {
          return JSON.readTree(json).path("blocks");
        }
        String text =
            params.containsKey("view") ? params.get("view") : params.getOrDefault("blocks", "[]");
        JsonNode node = JSON.readTree(text);
        return params.containsKey("view") ? node.path("blocks") : node;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Every text in the call: the notification text and every text in its blocks or view. */
    String allText() {
      StringBuilder out = new StringBuilder(params.getOrDefault("text", "")).append('\n');
      collect(blocks(), out);
      if (json != null) {
        try {
          out.append(JSON.readTree(json).path("text").asText(""));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return out.toString();
    }

    private static void collect(JsonNode node, StringBuilder out) {
      if (node.isObject() && node.path("text").isTextual()) {
        out.append(node.path("text").asText()).append('\n');
      }
      node.forEach(child -> collect(child, out));
    }
  }

  static {
    // without it the JDK server's header and body segments meet delayed ACKs: ~40 ms a call
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
  private final Map<String, Boolean> rateLimitOnce = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> rateLimited = new ConcurrentLinkedQueue<>();
  private volatile String socketUrl = "ws://127.0.0.1:1/link";
  private final java.util.concurrent.atomic.AtomicLong nextTs =
      new java.util.concurrent.atomic.AtomicLong(100);
  private final Map<String, ConcurrentLinkedQueue<ObjectNode>> history = new ConcurrentHashMap<>();

  FakeSlackApi() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** The Web API prefix to configure the adapter with. */
  URI apiUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
  }

  /** A response URL on this fake. */
  String responseUrl(String name) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + name;
  }

  /** The WebSocket URL apps.connections.open hands out. */
  void socketUrl(String url) {
    this.socketUrl = url;
  }

  /** The next call to this method gets HTTP 429 with Retry-After: 1. */
  void rateLimitOnce(String method) {
    rateLimitOnce.put(method, Boolean.TRUE);
  }

  /** The methods that were answered 429. */
  List<String> rateLimited() {
    return List.copyOf(rateLimited);
  }

  /** Every posting call so far (auth.test and the like left out). */
  List<Call> posts() {
    return calls.stream().filter(c -> COUNTED.contains(c.method())).toList();
  }

  /** Posting calls that match. */
  List<Call> posts(Predicate<Call> match) {
    return posts().stream().filter(match).toList();
  }

  /** Waits up to the timeout for at least {@code count} matching posts, and returns them. */
  List<Call> await(Predicate<Call> match, int count, Duration timeout) {
    return Poll.atLeast(count, timeout, () -> posts(match));
  }

  void clear() {
    calls.clear();
    rateLimited.clear();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String path = exchange.getRequestURI().getPath();
      if (path.startsWith("/hooks/")) {
        calls.add(new Call("response_url", Map.of("path", path), body));
        respond(exchange, 200, "ok", Map.of());
        return;
      }
      String method = path.startsWith("/api/") ? path.substring(5) : path;
      if (rateLimitOnce.remove(method) != null) {
        rateLimited.add(method);
        respond(
            exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}", Map.of("Retry-After", "1"));
        return;
      }
      Map<String, String> params = form(body);
      calls.add(new Call(method, params, null));
      respond(exchange, 200, answer(method, params), Map.of());
    }
  }

  private String answer(String method, Map<String, String> params) {
    return switch (method) {
      case "chat.postMessage" -> posted(params);
      case "conversations.history" -> history(params.get("channel"));
      case "auth.test" ->
          "{\"ok\":true,\"url\":\"https://fake.slack.test/\",\"team\":\"Fake\",\"user\":\"dpcoach\",\"team_id\":\"T0001\",\"user_id\":\""
              + BOT_USER
              + "\",\"bot_id\":\""
              + BOT_ID
              + "\"}";
      case "bots.info" ->
          "{\"ok\":true,\"bot\":{\"id\":\"BOTHER\",\"user_id\":\"UOTHERBOT\",\"name\":\"other\"}}";
      case "apps.connections.open" -> "{\"ok\":true,\"url\":\"" + socketUrl + "\"}";
      default -> "{\"ok\":true}";
    };
  }

  /** Records a posted message under a new ts, as Slack keeps it for conversations.history. */
  private String posted(Map<String, String> params) {
    String ts = "1700000000." + String.format("%06d", nextTs.incrementAndGet());
    String channel = params.getOrDefault("channel", "C1");
    ObjectNode message =
        JSON.createObjectNode()
            .put("type", "message")
            .put("ts", ts)
            .put("bot_id", BOT_ID)
            .put("text", params.getOrDefault("text", ""));
    try {
      if (params.containsKey("metadata")) {
        message.set("metadata", JSON.readTree(params.get("metadata")));
      }
      if (params.containsKey("blocks")) {
        message.set("blocks", JSON.readTree(params.get("blocks")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (params.containsKey("thread_ts")) {
      message.put("thread_ts", params.get("thread_ts"));
    }
    history.computeIfAbsent(channel, c -> new ConcurrentLinkedQueue<>()).add(message);
    return "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + ts + "\"}";
  }

  private String history(String channel) {
    ObjectNode root = JSON.createObjectNode().put("ok", true).put("has_more", false);
    ArrayNode messages = root.putArray("messages");
    List<ObjectNode> all =
        new ArrayList<>(history.getOrDefault(channel, new ConcurrentLinkedQueue<>()));
    java.util.Collections.reverse(all);
    all.forEach(messages::add);
    return root.toString();
  }

  /** Forgets the channel's history (as if the messages were deleted). */
  void forgetHistory(String channel) {
    history.remove(channel);
  }

  private static void respond(
      HttpExchange exchange, int status, String body, Map<String, String> headers)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange
        .getResponseHeaders()
        .add("Content-Type", body.startsWith("{") ? "application/json" : "text/plain");
    headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static Map<String, String> form(String body) {
    Map<String, String> params = new HashMap<>();
    if (body.isEmpty()) {
      return params;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        params.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return params;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  static List<String> ids(List<Call> calls, String param) {
    List<String> out = new ArrayList<>();
    calls.forEach(c -> out.add(c.params().get(param)));
    return out;
  }
}
