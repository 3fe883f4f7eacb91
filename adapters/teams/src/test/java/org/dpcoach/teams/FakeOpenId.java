package org.dpcoach.teams;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.dpcoach.testkit.RecordingFake;

/**
 * The Bot Framework's OpenID metadata and signing keys, served on loopback from {@link TestTokens}.
 */
final class FakeOpenId extends RecordingFake<String> {
  private static final String METADATA = "/v1/.well-known/openidconfiguration";
  private static final String KEYS = "/v1/.well-known/keys";

  private final TestTokens tokens;

  FakeOpenId(TestTokens tokens) {
    this.tokens = tokens;
    start();
  }

  URI metadataUrl() {
    return URI.create(origin() + METADATA);
  }

  /** How many metadata and key requests were answered. */
  int requests() {
    return calls().size();
  }

  @Override
  protected void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (!path.equals(METADATA) && !path.equals(KEYS)) {
        respond(exchange, 404, "{\"error\":\"no such path\"}", Map.of());
        return;
      }
      record(path);
      respond(exchange, 200, path.equals(KEYS) ? tokens.jwks() : metadata(), Map.of());
    }
  }

  private String metadata() {
    return "{\"issuer\":\""
        + TokenShape.CHANNEL_ISSUER
        + "\",\"authorization_endpoint\":\""
        + origin()
        + "/auth\","
        + "\"jwks_uri\":\""
        + origin()
        + KEYS
        + "\",\"id_token_signing_alg_values_supported\":[\"RS256\"],"
        + "\"token_endpoint_auth_methods_supported\":[\"private_key_jwt\"]}";
  }
}
