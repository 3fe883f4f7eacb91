package org.dpcoach.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InsightsSettingsTest {
  private static final String SECRET = "s".repeat(32);

  @Test
  void builder_badArguments_throwAtOnceWithExactMessages() {
    assertThatThrownBy(() -> InsightsSettings.builder().publicUrl(URI.create("ftp://x/")))
        .hasMessage("the public url must start with https:// or http://");
    assertThatThrownBy(() -> InsightsSettings.builder().secret("short"))
        .hasMessage("the insights secret must be at least 32 characters");
    assertThatThrownBy(() -> InsightsSettings.builder().linkLifetime(Duration.ZERO))
        .hasMessage("link lifetime must be positive");
    assertThatThrownBy(() -> InsightsSettings.builder().publicUrl(null))
        .hasMessage("public url must not be null");
  }

  @Test
  void toBuilder_changesOneValue_keepsTheOthers() {
    InsightsSettings first =
        InsightsSettings.builder()
            .publicUrl(URI.create("https://coach.example.org"))
            .keepUnanswered(true)
            .secret(SECRET)
            .build();

    InsightsSettings second = first.toBuilder().linkLifetime(Duration.ofMinutes(5)).build();

    assertThat(second.publicUrl()).contains(URI.create("https://coach.example.org"));
    assertThat(second.keepUnanswered()).isTrue();
    assertThat(second.secret()).contains(SECRET);
    assertThat(second.linkLifetime()).isEqualTo(Duration.ofMinutes(5));
    assertThat(InsightsSettings.defaults().linkLifetime()).isEqualTo(Duration.ofMinutes(15));
  }
}
