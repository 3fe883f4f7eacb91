package org.dpcoach.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.Set;

/**
 * A cheap look at a bearer token before the SDK validates it: one RS256 JWT issued by the Bot
 * Framework channel service. Anything else (emulator, skill or other issuers, {@code alg:none},
 * garbage) is refused here, so the SDK never fetches another issuer's OpenID metadata for it. This
 * check decides nothing on its own: the signature, lifetime, audience, endorsements and the {@code
 * serviceurl} claim are the SDK's to check.
 */
final class TokenShape {
  /** The issuer of tokens the Bot Framework channel service sends to bots. */
  static final String CHANNEL_ISSUER = "https://api.botframework.com";

  static final int MAX_HEADER_CHARS = 8_192;
  private static final Set<String> ALGORITHMS = Set.of("RS256");
  private static final ObjectMapper JSON = new ObjectMapper();

  private TokenShape() {}

  /** Whether the Authorization header has the shape of a Bot Framework channel token. */
  static boolean plausible(String authorization) {
    if (authorization == null
        || authorization.length() > MAX_HEADER_CHARS
        || !authorization.startsWith("Bearer ")) {
      return false;
    }
    String[] parts = authorization.substring(7).split("\\.", -1);
    if (parts.length != 3 || parts[2].isEmpty()) {
      return false;
    }
    JsonNode header = decode(parts[0]);
    JsonNode payload = decode(parts[1]);
    return header != null
        && payload != null
        && ALGORITHMS.contains(header.path("alg").asText(""))
        && header.path("kid").isTextual()
        && CHANNEL_ISSUER.equals(payload.path("iss").asText(""));
  }

  private static JsonNode decode(String part) {
    try {
      JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(part));
      return node != null && node.isObject() ? node : null;
    } catch (IllegalArgumentException | IOException e) {
      return null;
    }
  }
}
