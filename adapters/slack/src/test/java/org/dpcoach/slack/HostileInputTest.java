package org.dpcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dpcoach.testkit.BadInputs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile text and bodies: nothing unescaped is ever posted, nothing crashes, malformed bodies get
 * 400.
 */
class HostileInputTest {
  static final Pattern UNESCAPED = Pattern.compile("[<>]|&(?!amp;|lt;|gt;)");
  static final List<String> CONTROLS =
      List.of(
          "<!channel>",
          "<!here>",
          "<!everyone>",
          "<@U123>",
          "<@U123|boss>",
          "<#C123>",
          "<!subteam^S123>",
          "<https://evil.example|click me>",
          "<mailto:x@example.com|mail>",
          "&lt;!channel&gt;",
          "&amp;lt;",
          "&",
          "<",
          ">",
          "*bold*",
          "_it_",
          "~strike~",
          "`code`",
          "```block```",
          "> quote",
          "<<<>>>",
          "<!date^1392734382^{date}|x>",
          "\u202Eevil",
          "\u0000",
          "😀😀",
          "\uD83D",
          "<javascript:alert(1)>",
          "%3C!channel%3E");
  static RunningApp app;

  @BeforeAll
  static void start() {
    app = new RunningApp();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static List<String> hostileTexts() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; texts.size() < 199; i++) {
      String control = CONTROLS.get(i % CONTROLS.size());
      String other = CONTROLS.get((i * 7 + 3) % CONTROLS.size());
      texts.add(
          switch (i % 4) {
            case 0 -> control;
            case 1 -> "can I accept a friend request " + control + " from a client's mum? " + other;
            case 2 -> control + " is whatsapp ok " + other + control;
            default ->
                "<@"
                    + FakeSlackApi.BOT_USER
                    + "> "
                    + control.repeat(1 + i % 5)
                    + " what about ai tools "
                    + other;
          });
    }
    texts.add("<!channel> " + "x<y>&z ".repeat(40_000 / 7));
    return texts;
  }

  @Test
  void hostileDmsAndMentions_200Strings_allAnsweredAndNothingUnescapedPosted() {
    List<String> texts = hostileTexts();
    assertThat(texts).hasSize(200);
    assertThat(texts.get(199).length()).isGreaterThanOrEqualTo(39_990);
    for (int i = 0; i < texts.size(); i++) {
      String body =
          i % 2 == 0
              ? SlackRequests.dm("EvH" + i, "UH", "DH" + i, texts.get(i), "1700000000." + i)
              : SlackRequests.mention("EvH" + i, "UH", "CH" + i, texts.get(i), "1700000000." + i);
      HttpResponse<String> response = app.requests.send(body, SlackRequests.JSON_TYPE);
      assertThat(response.statusCode()).as("delivery %d", i).isEqualTo(200);
    }

    List<FakeSlackApi.Call> posts =
        app.api.await(
            c -> c.params().getOrDefault("channel", "").matches("[DC]H\\d+"),
            200,
            Duration.ofSeconds(60));

    assertThat(posts).hasSize(200);
    for (FakeSlackApi.Call post : posts) {
      assertThat(mrkdwnTexts(post))
          .allSatisfy(
              t ->
                  assertThat(UNESCAPED.matcher(t).find())
                      .as("unescaped control in %s", t)
                      .isFalse());
      assertThat(post.blocks().size()).isLessThanOrEqualTo(50);
      post.blocks()
          .findValues("text")
          .forEach(
              t ->
                  assertThat(t.path("text").asText(t.asText()).length())
                      .isLessThanOrEqualTo(3_000));
    }
  }

  @Test
  void badInput_emptyLongPersonalOrEmoji_shortPoliteReplyInDmsAndMentions() {
    List<BadInputs.Input> inputs = BadInputs.all();
    for (int i = 0; i < inputs.size(); i++) {
      String text = inputs.get(i).text();
      app.requests.send(
          SlackRequests.dm("EvBad" + i, "UB", "DB" + i, text, "1700000100." + i),
          SlackRequests.JSON_TYPE);
      app.requests.send(
          SlackRequests.mention(
              "EvBadM" + i,
              "UB",
              "CB" + i,
              "<@" + FakeSlackApi.BOT_USER + "> " + text,
              "1700000200." + i),
          SlackRequests.JSON_TYPE);
    }

    for (int i = 0; i < inputs.size(); i++) {
      String dm = "DB" + i;
      String channel = "CB" + i;
      List<FakeSlackApi.Call> replies =
          app.api.await(
              c ->
                  dm.equals(c.params().get("channel")) || channel.equals(c.params().get("channel")),
              2,
              Duration.ofSeconds(30));
      for (FakeSlackApi.Call reply : replies) {
        String all = String.join("\n", mrkdwnTexts(reply));
        assertThat(all.length()).as(inputs.get(i).name()).isBetween(20, BadInputs.SHORT_CHARS);
        assertThat(reply.blocks().size()).as(inputs.get(i).name()).isLessThanOrEqualTo(6);
        assertThat(reply.allText())
            .as(inputs.get(i).name())
            .doesNotContainPattern(BadInputs.STACK_TRACE)
            .doesNotContain(BadInputs.PERSONAL_VALUES);
      }
    }
  }

  @Test
  void hostileSlashCommands_answeredWithoutUnescapedControls() {
    for (int i = 0; i < CONTROLS.size(); i++) {
      app.requests.send(
          SlackRequests.command(
              "ask " + CONTROLS.get(i), "UH", "CX", app.api.responseUrl("hostile-" + i)),
          SlackRequests.FORM);
    }

    List<FakeSlackApi.Call> posts =
        app.api.await(
            c -> c.method().equals("response_url") && c.json().contains("ephemeral"),
            CONTROLS.size(),
            Duration.ofSeconds(30));

    assertThat(posts).hasSizeGreaterThanOrEqualTo(CONTROLS.size());
    posts.forEach(p -> assertThat(mrkdwnTexts(p)).noneMatch(t -> UNESCAPED.matcher(t).find()));
  }

  @Test
  void malformedBodies_signed_get400AndPostNothing() {
    int before = app.api.posts().size();
    List<String[]> bodies =
        List.of(
            new String[] {"{not json", SlackRequests.JSON_TYPE},
            new String[] {"[1,2,3]", SlackRequests.JSON_TYPE},
            new String[] {"{\"type\":\"event_callback\"}", SlackRequests.JSON_TYPE},
            new String[] {
              "{\"type\":\"event_callback\",\"event_id\":\"E1\",\"event\":{\"type\":7}}",
              SlackRequests.JSON_TYPE
            },
            new String[] {
              "{\"type\":\"something_else\",\"text\":\"<!channel>\"}", SlackRequests.JSON_TYPE
            },
            new String[] {"{\"type\":\"url_verification\"}", SlackRequests.JSON_TYPE},
            new String[] {"{\"type\":\"event_callback\"} trailing", SlackRequests.JSON_TYPE},
            new String[] {"[".repeat(5_000), SlackRequests.JSON_TYPE},
            new String[] {"", SlackRequests.JSON_TYPE},
            new String[] {"payload=%ZZ", SlackRequests.FORM},
            new String[] {"payload=%7Bnot json", SlackRequests.FORM},
            new String[] {"payload=%7B%22type%22%3A%22weird%22%7D", SlackRequests.FORM},
            new String[] {"payload=a=b", SlackRequests.FORM},
            new String[] {"command=%2Fdpcoach&text=%E0%A4%A", SlackRequests.FORM},
            new String[] {"just some text", SlackRequests.FORM},
            new String[] {"a=1&b=2", SlackRequests.FORM},
            new String[] {"&&&", SlackRequests.FORM},
            new String[] {
              SlackRequests.form("payload", "{\"type\":\"view_submission\",\"view\":{}}"),
              SlackRequests.FORM
            });

    for (String[] body : bodies) {
      assertThat(app.requests.send(body[0], body[1]).statusCode())
          .as("body %s", body[0].length() > 40 ? body[0].substring(0, 40) : body[0])
          .isEqualTo(400);
    }

    assertThat(app.api.posts()).hasSize(before);
  }

  @Test
  void oddButWellFormedPayloads_neverCrashTheEndpoint() {
    List<String> bodies =
        List.of(
            "{\"type\":\"event_callback\",\"event_id\":\"EvOdd1\",\"team_id\":\"T0001\",\"event\":{\"type\":\"message\",\"channel_type\":\"im\",\"text\":{\"a\":1}}}",
            "{\"type\":\"event_callback\",\"event_id\":\"EvOdd2\",\"team_id\":\"T0001\",\"event\":{\"type\":\"app_mention\"}}",
            "{\"type\":\"event_callback\",\"event_id\":\"EvOdd3\",\"team_id\":\"T0001\",\"event\":{\"type\":\"reaction_added\"}}",
            SlackRequests.form(
                "payload", "{\"type\":\"block_actions\",\"user\":{\"id\":\"U1\"},\"actions\":[]}"),
            SlackRequests.form(
                "payload",
                "{\"type\":\"block_actions\",\"user\":{\"id\":\"U1\"},\"actions\":[{\"action_id\":\"dpcoach.choose.0\"}]}"),
            SlackRequests.form("command", "/dpcoach", "user_id", "U1", "channel_id", "C1"));

    for (String body : bodies) {
      int status =
          app.requests
              .send(body, body.startsWith("{") ? SlackRequests.JSON_TYPE : SlackRequests.FORM)
              .statusCode();
      assertThat(status).as("status for %s", body).isIn(200, 400, 404);
    }
  }

  static List<String> mrkdwnTexts(FakeSlackApi.Call call) {
    List<String> texts = new ArrayList<>();
    texts.add(call.params().getOrDefault("text", ""));
    call.blocks().findParents("type").stream()
        .filter(n -> "mrkdwn".equals(n.path("type").asText()))
        .forEach(n -> texts.add(n.path("text").asText()));
    return texts;
  }
}
