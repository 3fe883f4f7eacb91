package org.dpcoach.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.guard.Redaction;

/**
 * An admitted activity as the inbox records it, to run the turn again if this instance dies first:
 * the validated identity's claims, and a copy of the activity with ids kept, names dropped and the
 * typed text (and any "what was missing" text) redacted. Channel ids in the text are kept as they
 * are, so a tips or supervision command still names its channel.
 *
 * @param identity the validated identity the turn runs with
 * @param activity the activity to run
 * @param found whether the guard found personal data (the answer then stays private)
 */
record StoredTurn(ClaimsIdentity identity, Activity activity, boolean found) {
  /** The card inputs a person types into, redacted before the inbox keeps them. */
  private static final List<String> TYPED_INPUTS =
      List.of(
          SubmitData.MISSING_INPUT,
          ChampionCards.ANSWER_INPUT,
          ChampionCards.ASK_TEXT,
          ChampionCards.EDIT_INPUT);

  private static final List<String> IDS =
      List.of("type", "id", "timestamp", "serviceUrl", "channelId", "replyToId", "action");

  /** What the inbox keeps: the payload (JSON, redacted) and whether the guard found anything. */
  record Recorded(String payload, boolean found) {}

  /** The copy to record; text is cut to {@code maxChars} before the guard reads it. */
  static Recorded record(
      ClaimsIdentity identity, Activity activity, PersonalDataGuard guard, int maxChars) {
    JsonNode full = ActivityJson.MAPPER.valueToTree(activity);
    ObjectNode copy = ActivityJson.MAPPER.createObjectNode();
    IDS.forEach(f -> copyField(full, copy, f));
    copy.set("from", pick(full.path("from"), "id", "aadObjectId", "role"));
    copy.set("recipient", pick(full.path("recipient"), "id", "role"));
    copy.set(
        "conversation",
        pick(full.path("conversation"), "id", "conversationType", "tenantId", "isGroup"));
    copy.set("channelData", channelData(full.path("channelData")));
    copy.set("membersAdded", members(full.path("membersAdded")));
    copy.set("membersRemoved", members(full.path("membersRemoved")));
    boolean found = false;
    if (activity.getText() != null) {
      Redaction text = redactAroundChannels(MentionText.withChannelIds(activity), guard, maxChars);
      copy.put("text", text.redacted());
      found = text.foundAny();
      if (MentionText.mentionsBot(activity)) {
        ObjectNode mention = copy.putArray("entities").addObject();
        mention.put("type", "mention").put("text", "");
        mention.putObject("mentioned").put("id", activity.getRecipient().getId());
      }
    }
    JsonNode value = full.path("value");
    if (value.isObject()) {
      ObjectNode kept = value.deepCopy();
      for (String input : TYPED_INPUTS) {
        if (kept.path(input).isTextual()) {
          Redaction typed = guard.redact(cut(kept.path(input).asText(), maxChars));
          kept.put(input, typed.redacted());
          found |= typed.foundAny();
        }
      }
      copy.set("value", kept);
    }
    ObjectNode root = ActivityJson.MAPPER.createObjectNode();
    root.put("issuer", identity.getIssuer());
    root.put("authType", identity.getType());
    root.set("claims", ActivityJson.MAPPER.valueToTree(identity.claims()));
    root.set("activity", copy);
    return new Recorded(root.toString(), found);
  }

  /** The turn read back from the inbox. */
  static StoredTurn read(String payload, boolean found) {
    try {
      JsonNode root = ActivityJson.MAPPER.readTree(payload);
      Map<String, String> claims = new LinkedHashMap<>();
      root.path("claims")
          .fields()
          .forEachRemaining(e -> claims.put(e.getKey(), e.getValue().asText()));
      ClaimsIdentity identity =
          new ClaimsIdentity(
              root.path("issuer").asText(null), root.path("authType").asText(null), claims);
      Activity activity = ActivityJson.MAPPER.treeToValue(root.path("activity"), Activity.class);
      return new StoredTurn(identity, activity, found);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalArgumentException("inbox payload is not a Teams turn", e);
    }
  }

  /** Redacts the text between channel ids, leaving the ids (never personal data) as they are. */
  static Redaction redactAroundChannels(String text, PersonalDataGuard guard, int maxChars) {
    String cut = cut(text, maxChars);
    Matcher m = MentionText.CHANNEL.matcher(cut);
    StringBuilder out = new StringBuilder();
    List<org.dpcoach.core.guard.Finding> findings = new java.util.ArrayList<>();
    int from = 0;
    while (m.find()) {
      Redaction part = guard.redact(cut.substring(from, m.start()));
      out.append(part.redacted()).append(m.group());
      findings.addAll(part.findings());
      from = m.end();
    }
    Redaction rest = guard.redact(cut.substring(from));
    out.append(rest.redacted());
    findings.addAll(rest.findings());
    return new Redaction(out.toString(), findings);
  }

  private static String cut(String text, int max) {
    return text.length() > max ? text.substring(0, max) : text;
  }

  private static void copyField(JsonNode from, ObjectNode to, String field) {
    if (from.hasNonNull(field)) {
      to.set(field, from.get(field));
    }
  }

  private static ObjectNode pick(JsonNode from, String... fields) {
    ObjectNode out = ActivityJson.MAPPER.createObjectNode();
    for (String f : fields) {
      copyField(from, out, f);
    }
    return out;
  }

  private static ObjectNode channelData(JsonNode data) {
    ObjectNode out = ActivityJson.MAPPER.createObjectNode();
    if (data.path("tenant").has("id")) {
      out.set("tenant", pick(data.path("tenant"), "id"));
    }
    if (data.has("team")) {
      out.set("team", pick(data.path("team"), "id", "aadGroupId"));
    }
    if (data.has("channel")) {
      out.set("channel", pick(data.path("channel"), "id"));
    }
    return out;
  }

  private static ArrayNode members(JsonNode members) {
    ArrayNode out = ActivityJson.MAPPER.createArrayNode();
    members.forEach(m -> out.add(pick(m, "id", "aadObjectId")));
    return out;
  }
}
