package org.dpcoach.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * The base of a recording fake of a platform's HTTP API: a JDK server on a free port of a loopback
 * address, four threads, the calls it {@link #record records}, and {@link #await} for tests. A
 * subclass answers in {@link #handle} and calls {@link #start} as the last step of its constructor.
 *
 * @param <C> what one recorded call is
 */
public abstract class RecordingFake<C> implements AutoCloseable {
  static {
    // read once, when the JDK's server first loads: without it responses meet delayed ACKs (~40 ms)
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final ConcurrentLinkedQueue<C> calls = new ConcurrentLinkedQueue<>();

  /** Binds a free port on 127.0.0.1; nothing is answered before {@link #start}. */
  protected RecordingFake() {
    this(InetAddress.getLoopbackAddress());
  }

  /**
   * Binds a free port on the given (loopback) address; nothing is answered before {@link #start}.
   */
  protected RecordingFake(InetAddress address) {
    try {
      server = HttpServer.create(new InetSocketAddress(address, 0), 200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
  }

  /** Starts answering every path with {@link #handle}; call it once the subclass is built. */
  protected final void start() {
    server.createContext("/", this::handle);
    server.start();
  }

  /** Answers one request (and closes the exchange). */
  protected abstract void handle(HttpExchange exchange) throws IOException;

  /** Keeps a call for {@link #calls} and {@link #await}. */
  protected final void record(C call) {
    calls.add(call);
  }

  /** {@code http://address:port}, without a trailing slash. */
  public final String origin() {
    InetSocketAddress bound = server.getAddress();
    return "http://" + bound.getAddress().getHostAddress() + ":" + bound.getPort();
  }

  /** Every call recorded so far, oldest first. */
  public final List<C> calls() {
    return List.copyOf(calls);
  }

  /** The recorded calls that match, oldest first. */
  public final List<C> calls(Predicate<? super C> match) {
    return calls.stream().filter(match).toList();
  }

  /** Waits up to the timeout for at least {@code count} matching calls, and returns them. */
  public final List<C> await(Predicate<? super C> match, int count, Duration timeout) {
    return Poll.atLeast(count, timeout, () -> calls(match));
  }

  /** Forgets the recorded calls; a subclass that counts more resets that too. */
  public void clear() {
    calls.clear();
  }

  /** Sends a status, a JSON or plain-text body (by its first character) and extra headers. */
  protected static void respond(
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

  /** The fields of an {@code application/x-www-form-urlencoded} body (empty for an empty body). */
  protected static Map<String, String> form(String body) {
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

  /** The request body as UTF-8 text. */
  protected static String bodyText(HttpExchange exchange) throws IOException {
    return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
  }

  /** Stops the server at once and its threads. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
