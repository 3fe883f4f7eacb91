package org.dpcoach.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.dpcoach.testkit.UrlForm;

/** Builds Slack's request bodies and sends them, signed, to the adapter's HTTP endpoint. */
final class SlackRequests {
  static final String SECRET = "test-signing-secret";
  static final String FORM = "application/x-www-form-urlencoded";
  static final String JSON_TYPE = "application/json";

  /** Slack gives every invocation and click its own trigger id. */
  private static final java.util.concurrent.atomic.AtomicLong TRIGGERS =
      new java.util.concurrent.atomic.AtomicLong();

  private final URI endpoint;
  private final SignatureCheck signer = new SignatureCheck(SECRET, Clock.systemUTC());
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  SlackRequests(int port) {
    this.endpoint = URI.create("http://127.0.0.1:" + port + SlackAdapter.EVENTS_PATH);
  }

  /** Sends a body signed now. */
  HttpResponse<String> send(String body, String contentType) {
    return send(body, contentType, System.currentTimeMillis() / 1000, null);
  }

  /** Sends a body signed at the given second; {@code forged} replaces the signature when set. */
  HttpResponse<String> send(String body, String contentType, long timestamp, String forged) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String signature = forged != null ? forged : signer.sign(timestamp, bytes);
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", contentType)
            .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
            .header("X-Slack-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpClient client() {
    return http;
  }

  URI endpoint() {
    return endpoint;
  }

  static String urlVerification(String challenge) {
    ObjectNode root = FakeSlackApi.JSON.createObjectNode();
    root.put("token", "t").put("challenge", challenge).put("type", "url_verification");
    return root.toString();
  }

  /** A message.im event from a person in their DM with the app. */
  static String dm(String eventId, String user, String channel, String text, String ts) {
    ObjectNode event = FakeSlackApi.JSON.createObjectNode();
    event
        .put("type", "message")
        .put("channel", channel)
        .put("user", user)
        .put("text", text)
        .put("ts", ts)
        .put("event_ts", ts)
        .put("channel_type", "im");
    return envelope(eventId, event);
  }

  /** A message.im event posted by a bot. */
  static String botDm(
      String eventId, String botId, String user, String channel, String text, String ts) {
    ObjectNode event = FakeSlackApi.JSON.createObjectNode();
    event
        .put("type", "message")
        .put("channel", channel)
        .put("bot_id", botId)
        .put("text", text)
        .put("ts", ts)
        .put("event_ts", ts)
        .put("channel_type", "im");
    if (user != null) {
      event.put("user", user);
    }
    return envelope(eventId, event);
  }

  /** A message event in a channel thread. */
  static String threadMessage(
      String eventId, String user, String channel, String text, String ts, String threadTs) {
    ObjectNode event = FakeSlackApi.JSON.createObjectNode();
    event
        .put("type", "message")
        .put("channel", channel)
        .put("user", user)
        .put("text", text)
        .put("ts", ts)
        .put("event_ts", ts)
        .put("thread_ts", threadTs)
        .put("channel_type", "channel");
    return envelope(eventId, event);
  }

  /** A /dpcoach slash command with its own trigger id. */
  static String command(
      String text, String user, String channel, String responseUrl, String triggerId) {
    return form(
        "token",
        "t",
        "team_id",
        "T0001",
        "channel_id",
        channel,
        "channel_name",
        "general",
        "user_id",
        user,
        "user_name",
        "pat",
        "command",
        "/dpcoach",
        "text",
        text,
        "response_url",
        responseUrl,
        "trigger_id",
        triggerId,
        "api_app_id",
        "A0001");
  }

  /** An app_mention event in a channel. */
  static String mention(String eventId, String user, String channel, String text, String ts) {
    ObjectNode event = FakeSlackApi.JSON.createObjectNode();
    event
        .put("type", "app_mention")
        .put("channel", channel)
        .put("user", user)
        .put("text", text)
        .put("ts", ts)
        .put("event_ts", ts);
    return envelope(eventId, event);
  }

  /** An app_home_opened event for the Home tab. */
  static String homeOpened(String eventId, String user) {
    ObjectNode event = FakeSlackApi.JSON.createObjectNode();
    event
        .put("type", "app_home_opened")
        .put("user", user)
        .put("channel", "D0HOME")
        .put("tab", "home")
        .put("event_ts", "1700000000.1");
    return envelope(eventId, event);
  }

  static String envelope(String eventId, ObjectNode event) {
    ObjectNode root = FakeSlackApi.JSON.createObjectNode();
    root.put("token", "t")
        .put("team_id", "T0001")
        .put("api_app_id", "A0001")
        .put("type", "event_callback")
        .put("event_id", eventId)
        .put("event_time", 1_700_000_000L);
    root.set("event", event);
    ArrayNode auths = root.putArray("authorizations");
    auths
        .addObject()
        .put("team_id", "T0001")
        .put("user_id", FakeSlackApi.BOT_USER)
        .put("is_bot", true);
    return root.toString();
  }

  /** A /dpcoach slash command as a form body. */
  static String command(String text, String user, String channel, String responseUrl) {
    return command(text, user, channel, responseUrl, "trig-cmd-" + TRIGGERS.incrementAndGet());
  }

  /** A block_actions payload: one button click on a message in a channel (or an ephemeral one). */
  static String buttonClick(
      String actionId,
      String value,
      String user,
      String channel,
      String messageTs,
      String threadTs,
      boolean ephemeral,
      String responseUrl) {
    ObjectNode root = FakeSlackApi.JSON.createObjectNode();
    root.put("type", "block_actions")
        .put("trigger_id", "trig-click-" + TRIGGERS.incrementAndGet())
        .put("response_url", responseUrl)
        .put("api_app_id", "A0001");
    root.putObject("team").put("id", "T0001").put("domain", "fake");
    root.putObject("user").put("id", user).put("username", "pat").put("team_id", "T0001");
    root.putObject("channel").put("id", channel).put("name", "general");
    ObjectNode container =
        root.putObject("container")
            .put("type", "message")
            .put("message_ts", messageTs)
            .put("channel_id", channel)
            .put("is_ephemeral", ephemeral);
    if (threadTs != null) {
      container.put("thread_ts", threadTs);
    }
    if (!ephemeral) {
      ObjectNode message =
          root.putObject("message")
              .put("type", "message")
              .put("ts", messageTs)
              .put("text", "dpcoach")
              .put("bot_id", FakeSlackApi.BOT_ID);
      if (threadTs != null) {
        message.put("thread_ts", threadTs);
      }
    }
    root.putArray("actions")
        .addObject()
        .put("type", "button")
        .put("action_id", actionId)
        .put("block_id", "b1")
        .put("value", value)
        .put("action_ts", "1700000001.0");
    return form("payload", root.toString());
  }

  /** A view_submission of the feedback modal. */
  static String feedbackSubmission(String answerKey, String missing, String user) {
    ObjectNode root = FakeSlackApi.JSON.createObjectNode();
    root.put("type", "view_submission").put("api_app_id", "A0001");
    root.putObject("team").put("id", "T0001").put("domain", "fake");
    root.putObject("user").put("id", user).put("username", "pat").put("team_id", "T0001");
    ObjectNode view =
        root.putObject("view")
            .put("id", "V1")
            .put("type", "modal")
            .put("callback_id", ActionIds.FEEDBACK_VIEW)
            .put("private_metadata", answerKey)
            .put("team_id", "T0001");
    view.putObject("state")
        .putObject("values")
        .putObject(ActionIds.MISSING_BLOCK)
        .putObject(ActionIds.MISSING_INPUT)
        .put("type", "plain_text_input")
        .put("value", missing);
    return form("payload", root.toString());
  }

  static String form(String... pairs) {
    return UrlForm.encode(pairs);
  }
}
