package org.dpcoach.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LinkTokensTest {
  static final byte[] SECRET = "this deployment's secret, 32 bytes or more".getBytes();
  static final byte[] OTHER = "another deployment's secret, 32 bytes too!".getBytes();
  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  private static LinkTokens at(byte[] secret, Instant now) {
    return new LinkTokens(secret, Clock.fixed(now, ZoneOffset.UTC), Duration.ofMinutes(15));
  }

  @Test
  void valid_freshToken_isValidForFifteenMinutes() {
    LinkTokens.Minted minted = at(SECRET, NOW).mint();
    assertThat(minted.expires()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    assertThat(at(SECRET, NOW).valid(minted.token())).isTrue();
    assertThat(at(SECRET, NOW.plusSeconds(14 * 60 + 59)).valid(minted.token())).isTrue();
    assertThat(minted.token()).matches("v1\\.[0-9]+\\.[0-9a-f]{24}\\.[0-9a-f]{64}");
    assertThat(minted.toString()).doesNotContain(minted.token());
  }

  @Test
  void valid_expiredToken_isNot() {
    String token = at(SECRET, NOW).mint().token();
    assertThat(at(SECRET, NOW.plus(Duration.ofMinutes(15))).valid(token)).isFalse();
  }

  @Test
  void valid_tamperedToken_isNot() {
    String token = at(SECRET, NOW).mint().token();
    String[] parts = token.split("\\.");
    String laterExpiry =
        parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2] + "." + parts[3];
    char last = token.charAt(token.length() - 1);
    String flipped = token.substring(0, token.length() - 1) + (last == '0' ? '1' : '0');
    assertThat(at(SECRET, NOW).valid(laterExpiry)).isFalse();
    assertThat(at(SECRET, NOW).valid(flipped)).isFalse();
    assertThat(at(SECRET, NOW).valid(token + "0")).isFalse();
    assertThat(at(SECRET, NOW).valid("v1." + parts[1] + "." + parts[2])).isFalse();
  }

  @Test
  void valid_missingOrMalformedToken_isNot() {
    LinkTokens tokens = at(SECRET, NOW);
    for (String bad :
        Arrays.asList(null, "", ".", "v1...", "v2.1.2.3", "x".repeat(500), "v1.abc.00.00")) {
      assertThat(tokens.valid(bad)).as("%s", bad).isFalse();
    }
  }

  @Test
  void valid_anotherDeploymentsToken_isNot() {
    String theirs = at(OTHER, NOW).mint().token();
    assertThat(at(SECRET, NOW).valid(theirs)).isFalse();
  }

  @Test
  void linkTokens_shortSecret_isRefused() {
    assertThatThrownBy(() -> at("short".getBytes(), NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the link secret must be at least 32 bytes");
  }
}
