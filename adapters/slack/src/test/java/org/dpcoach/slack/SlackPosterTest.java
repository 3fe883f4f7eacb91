package org.dpcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.port.ChannelPoster;
import org.junit.jupiter.api.Test;

class SlackPosterTest {
  final SlackPoster poster =
      new SlackPoster(
          Slack.getInstance(new SlackConfig()),
          "xoxb",
          URI.create("http://127.0.0.1:8123/api/"),
          d -> {});

  @Test
  void allowedResponseUrl_onlySlackHooksOrTheConfiguredApiHost() {
    assertThat(poster.allowedResponseUrl("https://hooks.slack.com/commands/T1/1/abc")).isTrue();
    assertThat(poster.allowedResponseUrl("https://hooks.slack-gov.com/commands/T1/1/abc")).isTrue();
    assertThat(poster.allowedResponseUrl("http://127.0.0.1:8123/hooks/x")).isTrue();
    assertThat(poster.allowedResponseUrl("http://hooks.slack.com/commands/x")).isFalse();
    assertThat(poster.allowedResponseUrl("https://evil.example/hooks")).isFalse();
    assertThat(poster.allowedResponseUrl("http://127.0.0.1:9999/hooks/x")).isFalse();
    assertThat(poster.allowedResponseUrl("not a url")).isFalse();
    assertThat(poster.allowedResponseUrl(null)).isFalse();
  }

  @Test
  void channelPoster_postToUserId_opensTheDmAndFindsThePostThere() {
    try (FakeSlackApi api = new FakeSlackApi()) {
      ChannelPoster poster =
          SlackAdapter.channelPoster(
              SlackSettings.builder("xoxb-test").apiUrl(api.apiUrl()).build());
      Instant since = Instant.now().minusSeconds(60);

      Optional<String> ts =
          poster.post("UPERSON", Optional.empty(), "k:1", Message.note("Hi", "Hello"));

      assertThat(api.posts(c -> c.method().equals("chat.postMessage")))
          .singleElement()
          .satisfies(c -> assertThat(c.params()).containsEntry("channel", "DPERSON"));
      assertThat(ts).isPresent();
      assertThat(poster.find("UPERSON", "k:1", since)).isEqualTo(ts);
      assertThat(poster.find("UPERSON", "k:2", since)).isEmpty();
    }
  }
}
