package org.dpcoach.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.dpcoach.testkit.Poll;

/**
 * A recording fake of the Bot Connector on loopback: replies ({@code POST
 * /v3/conversations/{id}/activities/{replyToId}}), new messages ({@code POST
 * /v3/conversations/{id}/activities}) and new conversations ({@code POST /v3/conversations}); can
 * answer 429 with {@code Retry-After} once, or refuse to open personal chats.
 */
final class FakeConnector implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

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

  static {
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger ids = new AtomicInteger();
  private final AtomicBoolean rateLimitOnce = new AtomicBoolean();
  private final AtomicInteger rateLimited = new AtomicInteger();
  private volatile boolean refuseConversations;
  private volatile java.util.function.Consumer<Call> listener = c -> {};
  private final String host;

  FakeConnector(String host) {
    this.host = host;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), 0), 200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** The service URL to put in activities. */
  String serviceUrl() {
    return "http://" + host + ":" + server.getAddress().getPort() + "/";
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
  void onCall(java.util.function.Consumer<Call> each) {
    listener = each;
  }

  void refuseConversations(boolean refuse) {
    refuseConversations = refuse;
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  List<Call> calls(Predicate<Call> match) {
    return calls().stream().filter(match).toList();
  }

  /** Waits up to the timeout for at least {@code count} matching calls, and returns them. */
  List<Call> await(Predicate<Call> match, int count, Duration timeout) {
    return Poll.atLeast(count, timeout, () -> calls(match));
  }

  void clear() {
    calls.clear();
    requests.set(0);
    rateLimited.set(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.incrementAndGet();
      byte[] raw = exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getPath();
      String[] segments = path.split("/");
      if (!"POST".equals(exchange.getRequestMethod())
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
        calls.add(new Call("create", null, null, auth, body));
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
      Call call = new Call(replyTo == null ? "send" : "reply", conversation, replyTo, auth, body);
      calls.add(call);
      listener.accept(call);
      respond(exchange, 200, "{\"id\":\"m" + ids.incrementAndGet() + "\"}", Map.of());
    }
  }

  private static void respond(
      HttpExchange exchange, int status, String body, Map<String, String> headers)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
