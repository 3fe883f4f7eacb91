package org.dpcoach.teams;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cheap look at a bearer token before the SDK validates it (decoded with java-jwt, as the SDK
 * decodes it): one RS256 JWT issued by the Bot Framework channel service. Anything else (emulator,
 * skill or other issuers, {@code alg:none}, garbage) is refused here, so the SDK never fetches
 * another issuer's OpenID metadata for it. This check decides nothing on its own: the signature,
 * lifetime, audience, endorsements and the {@code serviceurl} claim are the SDK's to check.
 */
final class TokenShape {
  /** The issuer of tokens the Bot Framework channel service sends to bots. */
  static final String CHANNEL_ISSUER = "https://api.botframework.com";

  static final int MAX_HEADER_CHARS = 8_192;
  private static final Set<String> ALGORITHMS = Set.of("RS256");
  private static final Pattern THREE_PARTS = Pattern.compile("[^.]+\\.[^.]+\\.[^.]+");

  private TokenShape() {}

  /** Whether the Authorization header has the shape of a Bot Framework channel token. */
  static boolean plausible(String authorization) {
    if (authorization == null
        || authorization.length() > MAX_HEADER_CHARS
        || !authorization.startsWith("Bearer ")) {
      return false;
    }
    String token = authorization.substring(7);
    if (!THREE_PARTS.matcher(token).matches()) {
      return false; // java-jwt would take an empty signature (alg none) or a trailing dot
    }
    try {
      DecodedJWT jwt = JWT.decode(token);
      return ALGORITHMS.contains(jwt.getAlgorithm())
          && jwt.getHeaderClaim("kid").asString() != null
          && CHANNEL_ISSUER.equals(jwt.getIssuer());
    } catch (JWTDecodeException e) {
      return false;
    }
  }
}
