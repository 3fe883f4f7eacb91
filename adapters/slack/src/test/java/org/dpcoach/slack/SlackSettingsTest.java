package org.dpcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {

  @Test
  void of_botToken_defaultsToSlackApiAndPort3000() {
    SlackSettings settings = SlackSettings.of("xoxb-1");
    assertThat(settings.apiUrl()).isEqualTo(URI.create("https://slack.com/api/"));
    assertThat(settings.httpPort()).isEqualTo(3000);
    assertThat(settings.socketModeReady()).isFalse();
    assertThat(settings.httpReady()).isFalse();
  }

  @Test
  void constructor_badValues_throwWithExactMessages() {
    assertThatThrownBy(() -> SlackSettings.of(" ")).hasMessage("bot token must not be blank");
    assertThatThrownBy(() -> SlackSettings.of("x").withHttpPort(70_000))
        .hasMessage("http port must be between 0 and 65535");
    assertThatThrownBy(() -> SlackSettings.of("x").withApiUrl(URI.create("ftp://x/")))
        .hasMessage("api url must be an absolute http or https URL");
    assertThatThrownBy(
            () -> new SlackSettings("x", null, Optional.empty(), 1, SlackSettings.SLACK_API))
        .hasMessage("app token must not be null (use Optional.empty())");
  }

  @Test
  void withApiUrl_withoutTrailingSlash_addsIt() {
    assertThat(SlackSettings.of("x").withApiUrl(URI.create("http://127.0.0.1:9/api")).apiUrl())
        .hasToString("http://127.0.0.1:9/api/");
  }

  @Test
  void toString_neverShowsSecrets() {
    String text =
        SlackSettings.of("xoxb-secret")
            .withAppToken("xapp-secret")
            .withSigningSecret("sign-secret")
            .toString();
    assertThat(text).doesNotContain("xoxb-secret", "xapp-secret", "sign-secret");
  }
}
