package org.dpcoach.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.dpcoach.support.Json;

/**
 * Bot Framework channel tokens made in the test: RS256 JWTs signed with a locally generated key
 * whose public half the {@link FakeOpenId} server publishes. Each claim can be spoiled.
 */
final class TestTokens {
  static final String APP_ID = "00000000-0000-4000-8000-00000000b07f";
  static final String KEY_ID = "test-key-1";
  static final String EMULATOR_ISSUER =
      "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
  private static final ObjectMapper JSON = Json.MAPPER;

  final KeyPair signing = generate();
  final KeyPair forger = generate();

  /** The claims of a token to make. */
  record Claims(
      String issuer,
      String audience,
      String serviceUrl,
      Instant notBefore,
      Instant expires,
      String keyId,
      boolean byForger,
      String alg) {
    static Claims valid(String serviceUrl) {
      Instant now = Instant.now();
      return new Claims(
          TokenShape.CHANNEL_ISSUER,
          APP_ID,
          serviceUrl,
          now.minusSeconds(60),
          now.plus(Duration.ofMinutes(30)),
          KEY_ID,
          false,
          "RS256");
    }

    Claims issuer(String other) {
      return new Claims(other, audience, serviceUrl, notBefore, expires, keyId, byForger, alg);
    }

    Claims audience(String other) {
      return new Claims(issuer, other, serviceUrl, notBefore, expires, keyId, byForger, alg);
    }

    Claims serviceUrl(String other) {
      return new Claims(issuer, audience, other, notBefore, expires, keyId, byForger, alg);
    }

    Claims expires(Instant other) {
      return new Claims(issuer, audience, serviceUrl, notBefore, other, keyId, byForger, alg);
    }

    Claims keyId(String other) {
      return new Claims(issuer, audience, serviceUrl, notBefore, expires, other, byForger, alg);
    }

    Claims signedByForger() {
      return new Claims(issuer, audience, serviceUrl, notBefore, expires, keyId, true, alg);
    }

    Claims alg(String other) {
      return new Claims(issuer, audience, serviceUrl, notBefore, expires, keyId, byForger, other);
    }
  }

  /** The Authorization header for these claims. */
  String header(Claims claims) {
    return "Bearer " + token(claims);
  }

  String token(Claims c) {
    ObjectNode header =
        JSON.createObjectNode().put("alg", c.alg()).put("typ", "JWT").put("kid", c.keyId());
    ObjectNode payload =
        JSON.createObjectNode()
            .put("iss", c.issuer())
            .put("aud", c.audience())
            .put("nbf", c.notBefore().getEpochSecond())
            .put("iat", c.notBefore().getEpochSecond())
            .put("exp", c.expires().getEpochSecond());
    if (c.serviceUrl() != null) {
      payload.put("serviceurl", c.serviceUrl());
    }
    String signed = b64(header.toString()) + "." + b64(payload.toString());
    if ("none".equals(c.alg())) {
      return signed + ".";
    }
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign((PrivateKey) (c.byForger() ? forger : signing).getPrivate());
      rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
      return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The JWKS document publishing the signing key, endorsed for Teams. */
  String jwks() {
    RSAPublicKey key = (RSAPublicKey) signing.getPublic();
    Map<String, Object> jwk =
        Map.of(
            "kty",
            "RSA",
            "use",
            "sig",
            "kid",
            KEY_ID,
            "alg",
            "RS256",
            "n",
            unsigned(key.getModulus().toByteArray()),
            "e",
            unsigned(key.getPublicExponent().toByteArray()),
            "endorsements",
            java.util.List.of("msteams"));
    try {
      return JSON.writeValueAsString(Map.of("keys", java.util.List.of(jwk)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String unsigned(byte[] bytes) {
    int from = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(java.util.Arrays.copyOfRange(bytes, from, bytes.length));
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
