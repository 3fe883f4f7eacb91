package org.dpcoach.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.dpcoach.testkit.UrlForm;

/**
 * Sends what Slack and Teams would send to the running app: signed Slack events, slash commands,
 * button clicks and the feedback modal's submission to {@code /slack/events}; Teams activities
 * (local mode) to {@code /api/messages}.
 */
final class InsightsTraffic {
  static final String SIGNING_SECRET = "insights-test-signing-secret";
  static final String BOT = "28:dpcoach-local";
  static final String MENTION = "<at>dpcoach</at>";

  /** A person: their platform, their opaque id and their workspace or tenant. */
  record Person(String platform, String id, String workspace) {
    String key() {
      return platform + ":" + id;
    }

    /** Their DM with the app (Slack) or personal chat (Teams). */
    String dm() {
      return platform.equals("slack") ? "D" + id.substring(1) : "a:personal-" + id;
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI slackEvents;
  private final URI teamsMessages;
  private final String serviceUrl;
  private final AtomicInteger ids = new AtomicInteger();

  InsightsTraffic(int port, String teamsServiceUrl) {
    this.slackEvents = URI.create("http://127.0.0.1:" + port + "/slack/events");
    this.teamsMessages = URI.create("http://127.0.0.1:" + port + "/api/messages");
    this.serviceUrl = teamsServiceUrl;
  }

  /** A question: a DM, or a mention in a channel; Slack or Teams by the person. */
  void ask(Person p, Optional<String> channel, String text) {
    if (p.platform().equals("slack")) {
      ObjectNode event = InsightsFakes.JSON.createObjectNode();
      String ts = "1700000000." + String.format("%06d", ids.incrementAndGet());
      event.put("user", p.id()).put("ts", ts).put("event_ts", ts);
      if (channel.isPresent()) {
        event
            .put("type", "app_mention")
            .put("channel", channel.get())
            .put("text", "<@UBOT> " + text);
      } else {
        event
            .put("type", "message")
            .put("channel", p.dm())
            .put("channel_type", "im")
            .put("text", text);
      }
      slack(envelope(p.workspace(), event), "application/json");
    } else {
      ObjectNode a = teamsActivity(p, channel);
      a.put("text", channel.isPresent() ? MENTION + " " + text : text).put("textFormat", "plain");
      teams(a);
    }
  }

  /** {@code /dpcoach <text>} in Slack, answered at the response URL. */
  void slashCommand(Person p, String channel, String text, String responseUrl) {
    slack(
        UrlForm.encode(
            "token",
            "t",
            "team_id",
            p.workspace(),
            "channel_id",
            channel,
            "user_id",
            p.id(),
            "command",
            "/dpcoach",
            "text",
            text,
            "response_url",
            responseUrl,
            "trigger_id",
            "trig-" + ids.incrementAndGet(),
            "api_app_id",
            "A0001"),
        "application/x-www-form-urlencoded");
  }

  /** Text typed to the bot in a Teams personal chat (a command, say). */
  void teamsTyped(Person p, String text) {
    ObjectNode a = teamsActivity(p, Optional.empty());
    a.put("text", text).put("textFormat", "plain");
    teams(a);
  }

  /**
   * A verdict on an answer: Helpful, or Not helpful with what was missing (Slack: the modal's
   * submission after the button; Teams: the card's submit).
   */
  void feedback(Person p, String answerKey, boolean helpful, String missing) {
    String[] key = answerKey.split("\\|", 3);
    if (p.platform().equals("slack")) {
      ObjectNode root = InsightsFakes.JSON.createObjectNode();
      root.putObject("team").put("id", p.workspace()).put("domain", "fake");
      root.putObject("user").put("id", p.id()).put("username", "pat").put("team_id", p.workspace());
      root.put("api_app_id", "A0001");
      if (helpful) {
        root.put("type", "block_actions").put("trigger_id", "trig-" + ids.incrementAndGet());
        root.putObject("channel").put("id", p.dm()).put("name", "directmessage");
        root.putObject("container")
            .put("type", "message")
            .put("message_ts", "1700000000.1")
            .put("channel_id", p.dm())
            .put("is_ephemeral", false);
        root.putObject("message").put("type", "message").put("ts", "1700000000.1").put("text", "x");
        root.putArray("actions")
            .addObject()
            .put("type", "button")
            .put("action_id", "dpcoach.feedback.helpful")
            .put("block_id", "b1")
            .put("value", answerKey)
            .put("action_ts", "1700000001.0");
      } else {
        root.put("type", "view_submission");
        ObjectNode view =
            root.putObject("view")
                .put("id", "V1")
                .put("type", "modal")
                .put("callback_id", "dpcoach.feedback.view")
                .put("private_metadata", answerKey)
                .put("team_id", p.workspace());
        view.putObject("state")
            .putObject("values")
            .putObject("missing")
            .putObject("missing_text")
            .put("type", "plain_text_input")
            .put("value", missing);
      }
      slack(UrlForm.encode("payload", root.toString()), "application/x-www-form-urlencoded");
    } else {
      ObjectNode a = teamsActivity(p, Optional.empty());
      ObjectNode value =
          a.putObject("value")
              .put("dpcoach", helpful ? "helpful" : "unhelpful")
              .put("topic", key[0])
              .put("version", key.length > 1 ? key[1] : "");
      if (key.length > 2 && !key[2].isEmpty()) {
        value.put("case", key[2]);
      }
      if (!helpful) {
        value.put("missing", missing);
      }
      teams(a);
    }
  }

  private ObjectNode teamsActivity(Person p, Optional<String> channel) {
    ObjectNode a = InsightsFakes.JSON.createObjectNode();
    String id = "17" + String.format("%09d", ids.incrementAndGet());
    a.put("type", "message")
        .put("id", id)
        .put("timestamp", "2026-06-01T10:00:00.000Z")
        .put("serviceUrl", serviceUrl)
        .put("channelId", "msteams");
    a.putObject("from").put("id", "29:" + p.id()).put("aadObjectId", p.id()).put("name", "Sam");
    ObjectNode conversation = a.putObject("conversation").put("tenantId", p.workspace());
    if (channel.isPresent()) {
      conversation
          .put("id", channel.get() + ";messageid=" + id)
          .put("conversationType", "channel")
          .put("isGroup", true);
      ObjectNode entity = a.putArray("entities").addObject().put("type", "mention");
      entity.put("text", MENTION);
      entity.putObject("mentioned").put("id", BOT).put("name", "dpcoach");
    } else {
      conversation.put("id", p.dm()).put("conversationType", "personal");
    }
    a.putObject("recipient").put("id", BOT).put("name", "dpcoach").put("role", "bot");
    a.putObject("channelData").putObject("tenant").put("id", p.workspace());
    return a;
  }

  private static final AtomicInteger EVENTS = new AtomicInteger();

  private static String envelope(String team, ObjectNode event) {
    ObjectNode root = InsightsFakes.JSON.createObjectNode();
    root.put("token", "t")
        .put("team_id", team)
        .put("api_app_id", "A0001")
        .put("type", "event_callback")
        .put("event_id", "EvInsights" + String.format("%06d", EVENTS.incrementAndGet()))
        .put("event_time", 1_700_000_000L);
    root.set("event", event);
    root.putArray("authorizations")
        .addObject()
        .put("team_id", team)
        .put("user_id", "UBOT")
        .put("is_bot", true);
    return root.toString();
  }

  private void slack(String body, String type) {
    long now = System.currentTimeMillis() / 1000;
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(slackEvents)
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", type)
            .header("X-Slack-Request-Timestamp", Long.toString(now))
            .header("X-Slack-Signature", SignedSlack.sign(SIGNING_SECRET, now, body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
            .build();
    int status = send(request);
    if (status != 200) {
      throw new IllegalStateException("Slack endpoint answered " + status);
    }
  }

  private void teams(ObjectNode activity) {
    HttpRequest request =
        HttpRequest.newBuilder(teamsMessages)
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(activity.toString()))
            .build();
    int status = send(request);
    for (int retry = 0; status == 503 && retry < 200; retry++) {
      Thread.onSpinWait();
      status = send(request);
    }
    if (status < 200 || status > 202) {
      throw new IllegalStateException("Teams endpoint answered " + status);
    }
  }

  private int send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
