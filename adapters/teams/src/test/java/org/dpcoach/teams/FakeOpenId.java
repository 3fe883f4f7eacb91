package org.dpcoach.teams;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Bot Framework's OpenID metadata and signing keys, served on loopback from {@link TestTokens}.
 */
final class FakeOpenId implements AutoCloseable {
  static {
    // read once, when the JDK's server first loads: without it responses meet delayed ACKs (~40 ms)
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final TestTokens tokens;
  private final AtomicInteger requests = new AtomicInteger();

  FakeOpenId(TestTokens tokens) {
    this.tokens = tokens;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/v1/.well-known/openidconfiguration", this::metadata);
    server.createContext("/v1/.well-known/keys", this::keys);
    server.start();
  }

  URI metadataUrl() {
    return URI.create(base() + "/v1/.well-known/openidconfiguration");
  }

  int requests() {
    return requests.get();
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void metadata(HttpExchange exchange) throws IOException {
    respond(
        exchange,
        "{\"issuer\":\""
            + TokenShape.CHANNEL_ISSUER
            + "\",\"authorization_endpoint\":\""
            + base()
            + "/auth\","
            + "\"jwks_uri\":\""
            + base()
            + "/v1/.well-known/keys\",\"id_token_signing_alg_values_supported\":[\"RS256\"],"
            + "\"token_endpoint_auth_methods_supported\":[\"private_key_jwt\"]}");
  }

  private void keys(HttpExchange exchange) throws IOException {
    respond(exchange, tokens.jwks());
  }

  private void respond(HttpExchange exchange, String body) throws IOException {
    try (exchange) {
      requests.incrementAndGet();
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
