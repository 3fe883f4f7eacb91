package org.dpcoach.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.dpcoach.support.Json;
import org.dpcoach.testkit.RecordingFake;

/**
 * A recording fake of Slack's Web API on loopback: answers auth.test, bots.info, chat.postMessage,
 * chat.postEphemeral, chat.update, views.publish, views.open, apps.connections.open and response
 * URLs ({@code /hooks/...}); can answer 429 with {@code Retry-After} once. Like Slack, {@code
 * conversations.open} with a user id gives their DM's {@code D…} id, a post to a user id lands in
 * that DM, and {@code conversations.history} by a user id answers {@code channel_not_found}.
 */
final class FakeSlackApi extends RecordingFake<FakeSlackApi.Call> {
  static final String BOT_USER = "UBOT";
  static final String BOT_ID = "BBOT";
  static final ObjectMapper JSON = Json.MAPPER;
  private static final Set<String> COUNTED =
      Set.of(
          "chat.postMessage",
          "chat.postEphemeral",
          "chat.update",
          "views.publish",
          "views.open",
          "response_url");

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

  private final Map<String, Boolean> rateLimitOnce = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> rateLimited = new ConcurrentLinkedQueue<>();
  private volatile String socketUrl = "ws://127.0.0.1:1/link";
  private final AtomicLong nextTs = new AtomicLong(100);
  private final Map<String, ConcurrentLinkedQueue<ObjectNode>> history = new ConcurrentHashMap<>();

  FakeSlackApi() {
    start();
  }

  /** The Web API prefix to configure the adapter with. */
  URI apiUrl() {
    return URI.create(origin() + "/api/");
  }

  /** A response URL on this fake. */
  String responseUrl(String name) {
    return origin() + "/hooks/" + name;
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

  /** Every posting call so far (auth.test and the like are not recorded). */
  List<Call> posts() {
    return calls();
  }

  /** Posting calls that match. */
  List<Call> posts(Predicate<Call> match) {
    return calls(match);
  }

  @Override
  public void clear() {
    super.clear();
    rateLimited.clear();
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
      if (rateLimitOnce.remove(method) != null) {
        rateLimited.add(method);
        respond(
            exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}", Map.of("Retry-After", "1"));
        return;
      }
      Map<String, String> params = form(body);
      if (COUNTED.contains(method)) {
        record(new Call(method, params, null));
      }
      respond(exchange, 200, answer(method, params), Map.of());
    }
  }

  private String answer(String method, Map<String, String> params) {
    return switch (method) {
      case "chat.postMessage" -> posted(params);
      case "conversations.history" ->
          isUser(params.get("channel"))
              ? "{\"ok\":false,\"error\":\"channel_not_found\"}"
              : history(params.get("channel"));
      case "conversations.open" ->
          "{\"ok\":true,\"channel\":{\"id\":\"" + dm(params.getOrDefault("users", "")) + "\"}}";
      case "chat.update" -> updated(params);
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
    channel = isUser(channel) ? dm(channel) : channel;
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
    Collections.reverse(all);
    all.forEach(messages::add);
    return root.toString();
  }

  /** The id of the user's DM with the app, as conversations.open gives it. */
  static String dm(String user) {
    return "D" + user.substring(1);
  }

  private static boolean isUser(String channel) {
    return channel != null && channel.matches("[UW][A-Z0-9]+");
  }

  /** Rewrites a kept message's text and blocks; message_not_found when there is none at ts. */
  private String updated(Map<String, String> params) {
    ConcurrentLinkedQueue<ObjectNode> kept = history.get(params.getOrDefault("channel", ""));
    ObjectNode message =
        kept == null
            ? null
            : kept.stream()
                .filter(m -> m.path("ts").asText().equals(params.get("ts")))
                .findFirst()
                .orElse(null);
    if (message == null) {
      return "{\"ok\":false,\"error\":\"message_not_found\"}";
    }
    try {
      message.put("text", params.getOrDefault("text", ""));
      message.set("blocks", JSON.readTree(params.getOrDefault("blocks", "[]")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "{\"ok\":true,\"channel\":\""
        + params.get("channel")
        + "\",\"ts\":\""
        + params.get("ts")
        + "\"}";
  }

  /** The messages kept in a channel now, oldest first (as rewritten by chat.update). */
  List<JsonNode> kept(String channel) {
    return new ArrayList<>(history.getOrDefault(channel, new ConcurrentLinkedQueue<>()));
  }

  /** Forgets the channel's history (as if the messages were deleted). */
  void forgetHistory(String channel) {
    history.remove(channel);
  }

  static List<String> ids(List<Call> calls, String param) {
    List<String> out = new ArrayList<>();
    calls.forEach(c -> out.add(c.params().get(param)));
    return out;
  }
}
