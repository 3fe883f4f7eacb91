package org.dpcoach.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.dpcoach.support.Json;

/** Slack's request bodies, signed with a test secret as Slack signs them ({@code v0} HMAC). */
final class SignedSlack {
  static final String SECRET = "serve-test-secret";
  private static final ObjectMapper JSON = Json.MAPPER;

  private SignedSlack() {}

  /** A signed POST of the body to {@code /slack/events} at the given base URL. */
  static HttpRequest post(URI base, String body, String contentType, long timestamp) {
    return HttpRequest.newBuilder(base.resolve("/slack/events"))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", contentType)
        .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
        .header("X-Slack-Signature", sign(timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  static HttpRequest post(URI base, String json) {
    return post(base, json, "application/json", System.currentTimeMillis() / 1000);
  }

  static String sign(long timestamp, String body) {
    return sign(SECRET, timestamp, body);
  }

  /** Slack's {@code v0} signature of the body at the timestamp, under the secret. */
  static String sign(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest =
          mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(digest);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A message.im event in a DM, or an app_mention in a channel when {@code dm} is false. */
  static String event(
      String eventId, boolean dm, String user, String channel, String text, String ts) {
    ObjectNode event = JSON.createObjectNode();
    event
        .put("type", dm ? "message" : "app_mention")
        .put("channel", channel)
        .put("user", user)
        .put("text", dm ? text : "<@" + FakeSlack.BOT_USER + "> " + text)
        .put("ts", ts)
        .put("event_ts", ts);
    if (dm) {
      event.put("channel_type", "im");
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("token", "t")
        .put("team_id", "T1")
        .put("api_app_id", "A1")
        .put("type", "event_callback")
        .put("event_id", eventId)
        .put("event_time", 1_700_000_000L);
    root.set("event", event);
    return root.toString();
  }

  /** A /dpcoach slash command as Slack posts it. */
  static String command(
      String text, String user, String channel, String responseUrl, String trigger) {
    return "command="
        + enc("/dpcoach")
        + "&text="
        + enc(text)
        + "&user_id="
        + enc(user)
        + "&channel_id="
        + enc(channel)
        + "&team_id=T1&response_url="
        + enc(responseUrl)
        + "&trigger_id="
        + enc(trigger);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
