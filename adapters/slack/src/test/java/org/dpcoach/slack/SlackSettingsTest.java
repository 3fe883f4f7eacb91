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
    assertThatThrownBy(() -> SlackSettings.builder("x").httpPort(70_000))
        .hasMessage("http port must be between 0 and 65535");
    assertThatThrownBy(() -> SlackSettings.builder("x").apiUrl(URI.create("ftp://x/")))
        .hasMessage("api url must be an absolute http or https URL");
    assertThatThrownBy(
            () -> new SlackSettings("x", null, Optional.empty(), 1, SlackSettings.SLACK_API))
        .hasMessage("app token must not be null (use Optional.empty())");
  }

  @Test
  void apiUrl_withoutTrailingSlash_addsIt() {
    assertThat(
            SlackSettings.builder("x")
                .apiUrl(URI.create("http://127.0.0.1:9/api"))
                .build()
                .apiUrl())
        .hasToString("http://127.0.0.1:9/api/");
  }

  @Test
  void builder_badArguments_throwAtOnceWithExactMessages() {
    assertThatThrownBy(() -> SlackSettings.builder(null)).hasMessage("bot token must not be null");
    assertThatThrownBy(() -> SlackSettings.builder("x").appToken(" "))
        .hasMessage("app token must not be blank");
    assertThatThrownBy(() -> SlackSettings.builder("x").signingSecret(""))
        .hasMessage("signing secret must not be blank");
    assertThatThrownBy(() -> SlackSettings.builder("x").httpPort(-1))
        .hasMessage("http port must be between 0 and 65535");
    assertThatThrownBy(() -> SlackSettings.builder("x").apiUrl(null))
        .hasMessage("api url must not be null");
  }

  @Test
  void toBuilder_changesOneValue_keepsTheOthers() {
    SlackSettings first =
        SlackSettings.builder("xoxb-1").appToken("xapp-1").signingSecret("s").httpPort(0).build();
    SlackSettings second = first.toBuilder().apiUrl(URI.create("http://127.0.0.1:9/")).build();
    assertThat(second)
        .isEqualTo(
            new SlackSettings(
                "xoxb-1",
                Optional.of("xapp-1"),
                Optional.of("s"),
                0,
                URI.create("http://127.0.0.1:9/")));
  }

  @Test
  void toString_neverShowsSecrets() {
    String text =
        SlackSettings.builder("xoxb-secret")
            .appToken("xapp-secret")
            .signingSecret("sign-secret")
            .build()
            .toString();
    assertThat(text).doesNotContain("xoxb-secret", "xapp-secret", "sign-secret");
  }
}
