package org.dpcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignatureCheckTest {
  static final long NOW = 1_700_000_000L;
  static final byte[] BODY = "token=x&command=%2Fdpcoach".getBytes(StandardCharsets.UTF_8);
  final SignatureCheck check =
      new SignatureCheck(
          "8f742231b10e8888abcd99yyyzzz85a5",
          Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

  @Test
  void verify_signedNow_accepts() {
    assertThat(check.verify(Long.toString(NOW), check.sign(NOW, BODY), BODY)).isTrue();
  }

  @Test
  void sign_knownVector_matchesSlackScheme() {
    SignatureCheck other = new SignatureCheck("secret", Clock.systemUTC());
    assertThat(other.sign(1L, "b".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("v0=" + java.util.HexFormat.of().formatHex(hmac("secret", "v0:1:b")));
  }

  @Test
  void verify_withinFiveMinutesEitherWay_accepts() {
    assertThat(check.verify(Long.toString(NOW - 300), check.sign(NOW - 300, BODY), BODY)).isTrue();
    assertThat(check.verify(Long.toString(NOW + 300), check.sign(NOW + 300, BODY), BODY)).isTrue();
  }

  @Test
  void verify_staleOrFutureTimestamp_rejects() {
    assertThat(check.verify(Long.toString(NOW - 301), check.sign(NOW - 301, BODY), BODY)).isFalse();
    assertThat(check.verify(Long.toString(NOW + 301), check.sign(NOW + 301, BODY), BODY)).isFalse();
  }

  @Test
  void verify_tamperedBodyOrSignatureOrHeaders_rejects() {
    String signature = check.sign(NOW, BODY);
    assertThat(
            check.verify(Long.toString(NOW), signature, "token=y".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
    assertThat(
            check.verify(
                Long.toString(NOW), signature.substring(0, signature.length() - 1) + "0", BODY))
        .isFalse();
    assertThat(check.verify(Long.toString(NOW), signature.toUpperCase(), BODY)).isFalse();
    assertThat(check.verify(null, signature, BODY)).isFalse();
    assertThat(check.verify(Long.toString(NOW), null, BODY)).isFalse();
    assertThat(check.verify("abc", signature, BODY)).isFalse();
    assertThat(check.verify("99999999999999999999", signature, BODY)).isFalse();
  }

  @Test
  void constructor_blankSecret_throwsWithMessage() {
    assertThatThrownBy(() -> new SignatureCheck(" ", Clock.systemUTC()))
        .hasMessage("signing secret must not be blank");
  }

  private static byte[] hmac(String key, String data) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(
          new javax.crypto.spec.SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
