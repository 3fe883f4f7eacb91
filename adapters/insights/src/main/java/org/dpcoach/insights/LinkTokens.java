package org.dpcoach.insights;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The insights link's token: {@code v1.<expiry, epoch seconds>.<random nonce>.<HMAC-SHA256>}, the
 * HMAC over the first three parts with this deployment's secret. A token is valid until its expiry,
 * and only where that secret signed it: another deployment's, a tampered, an expired or a missing
 * token is not.
 */
final class LinkTokens {
  static final int MAX_LENGTH = 200;
  private static final String VERSION = "v1";
  private static final HexFormat HEX = HexFormat.of();

  private final byte[] secret;
  private final Clock clock;
  private final Duration lifetime;
  private final SecureRandom random = new SecureRandom();

  LinkTokens(byte[] secret, Clock clock, Duration lifetime) {
    if (secret.length < 32) {
      throw new IllegalArgumentException("the link secret must be at least 32 bytes");
    }
    this.secret = secret.clone();
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /** A token valid from now for the lifetime, and its expiry. */
  Minted mint() {
    Instant expires = clock.instant().plus(lifetime);
    byte[] nonce = new byte[12];
    random.nextBytes(nonce);
    String payload = VERSION + "." + expires.getEpochSecond() + "." + HEX.formatHex(nonce);
    return new Minted(payload + "." + HEX.formatHex(mac(payload)), expires);
  }

  /** A token and when it stops working. */
  record Minted(String token, Instant expires) {
    /** Never shows the token. */
    @Override
    public String toString() {
      return "Minted[expires=" + expires + "]";
    }
  }

  /** Whether the token was signed here and has not expired. */
  boolean valid(String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
      return false;
    }
    int lastDot = token.lastIndexOf('.');
    if (lastDot < 0) {
      return false;
    }
    String payload = token.substring(0, lastDot);
    String[] parts = payload.split("\\.", -1);
    if (parts.length != 3 || !parts[0].equals(VERSION)) {
      return false;
    }
    byte[] given;
    long expires;
    try {
      given = HEX.parseHex(token.substring(lastDot + 1));
      expires = Long.parseLong(parts[1]);
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (!MessageDigest.isEqual(mac(payload), given)) {
      return false;
    }
    Instant now = clock.instant();
    return now.isBefore(Instant.ofEpochSecond(expires))
        && !Instant.ofEpochSecond(expires).isAfter(now.plus(lifetime).plusSeconds(60));
  }

  private byte[] mac(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
