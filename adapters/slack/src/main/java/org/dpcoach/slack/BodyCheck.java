package org.dpcoach.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpcoach.support.Json;

/**
 * Checks that a signed body has one of the shapes this app handles before Bolt sees it, so
 * malformed bodies get 400 and Bolt never logs a body it cannot place.
 */
final class BodyCheck {
  private static final Set<String> INTERACTIONS =
      Set.of("block_actions", "view_submission", "view_closed");
  private static final ObjectReader JSON =
      Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** What the body is. */
  enum Kind {
    /** An Events API, slash command or interactivity request for Bolt. */
    SLACK_REQUEST,
    /** Slack's notice that it is dropping events ({@code app_rate_limited}). */
    RATE_LIMIT_NOTICE,
    /** Anything else. */
    MALFORMED
  }

  /** The verdict, with a reason that never quotes the body. */
  record Verdict(Kind kind, String reason) {
    static Verdict ok() {
      return new Verdict(Kind.SLACK_REQUEST, "");
    }

    static Verdict malformed(String reason) {
      return new Verdict(Kind.MALFORMED, reason);
    }
  }

  Verdict check(String body) {
    String trimmed = body == null ? "" : body.strip();
    if (trimmed.isEmpty()) {
      return Verdict.malformed("empty body");
    }
    char first = trimmed.charAt(0);
    return first == '{' || first == '[' ? json(trimmed) : form(trimmed);
  }

  private static Verdict json(String body) {
    Optional<JsonNode> parsed = parse(body);
    if (parsed.isEmpty() || !parsed.get().isObject()) {
      return Verdict.malformed("body is not a JSON object");
    }
    JsonNode root = parsed.get();
    String type = text(root, "type");
    return switch (type) {
      case "url_verification" ->
          root.path("challenge").isTextual()
              ? Verdict.ok()
              : Verdict.malformed("url_verification without challenge");
      case "event_callback" ->
          root.path("event").isObject()
                  && root.path("event").path("type").isTextual()
                  && root.path("event_id").isTextual()
              ? Verdict.ok()
              : Verdict.malformed("event_callback without event, event type or event_id");
      case "app_rate_limited" -> new Verdict(Kind.RATE_LIMIT_NOTICE, "");
      default -> Verdict.malformed("unknown JSON type");
    };
  }

  private static Verdict form(String body) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : body.split("&", -1)) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || pair.indexOf('=', eq + 1) >= 0) {
        return Verdict.malformed("form field without exactly one '='");
      }
      try {
        fields.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
      } catch (IllegalArgumentException e) {
        return Verdict.malformed("invalid form encoding");
      }
    }
    return formFields(fields);
  }

  private static String decode(String encoded) {
    return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
  }

  /** The verdict on a decoded form: an interaction, a slash command or Slack's SSL check. */
  private static Verdict formFields(Map<String, String> fields) {
    if (fields.containsKey("payload")) {
      return interaction(fields.get("payload"));
    }
    if (fields.getOrDefault("command", "").startsWith("/")
        && fields.containsKey("user_id")
        && fields.containsKey("channel_id")) {
      return Verdict.ok();
    }
    if (fields.containsKey("ssl_check")) {
      return Verdict.ok();
    }
    return Verdict.malformed("form body is neither a command nor an interaction");
  }

  private static Verdict interaction(String payload) {
    Optional<JsonNode> parsed = parse(payload);
    if (parsed.isEmpty() || !parsed.get().isObject()) {
      return Verdict.malformed("payload is not a JSON object");
    }
    JsonNode root = parsed.get();
    String type = text(root, "type");
    if (!INTERACTIONS.contains(type)) {
      return Verdict.malformed("unknown interaction type");
    }
    if (type.startsWith("view_") && !root.path("view").path("type").isTextual()) {
      return Verdict.malformed("view interaction without view type");
    }
    return Verdict.ok();
  }

  private static Optional<JsonNode> parse(String json) {
    try {
      return Optional.ofNullable(JSON.readTree(json));
    } catch (JsonProcessingException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.asText() : "";
  }
}
