package org.dpcoach.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's v0 request signature, checked strictly: HMAC-SHA256 over {@code v0:timestamp:body},
 * compared in constant time, with the timestamp within five minutes of now in either direction.
 */
final class SignatureCheck {
  static final Duration WINDOW = Duration.ofMinutes(5);
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;
  private final Clock clock;

  SignatureCheck(String signingSecret, Clock clock) {
    Objects.requireNonNull(signingSecret, "signing secret must not be null");
    if (signingSecret.isBlank()) {
      throw new IllegalArgumentException("signing secret must not be blank");
    }
    this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  /** Whether the headers sign exactly these body bytes, at a time close enough to now. */
  boolean verify(String timestampHeader, String signatureHeader, byte[] body) {
    if (timestampHeader == null || signatureHeader == null || timestampHeader.length() > 12) {
      return false;
    }
    long timestamp;
    try {
      timestamp = Long.parseLong(timestampHeader.strip());
    } catch (NumberFormatException e) {
      return false;
    }
    long now = clock.instant().getEpochSecond();
    if (Math.abs(now - timestamp) > WINDOW.toSeconds()) {
      return false;
    }
    byte[] expected = sign(timestamp, body).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signatureHeader.strip().getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }

  /** The {@code v0=hex} signature of a body sent at the given epoch second. */
  String sign(long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
