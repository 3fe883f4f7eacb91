package org.dpcoach.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;
import org.dpcoach.support.Json;

/** Teams activities as the Bot Connector posts them, built as JSON for the tests. */
final class Activities {
  static final ObjectMapper JSON = Json.MAPPER;
  static final String BOT_ID = "28:" + TestTokens.APP_ID;
  static final String BOT_NAME = "dpcoach";
  static final String TENANT = "72f988bf-0000-4000-8000-00000000a11c";
  private static final AtomicInteger IDS = new AtomicInteger();

  private Activities() {}

  static String nextId() {
    return "17000000" + IDS.incrementAndGet();
  }

  /**
   * An activity of a type in a conversation ({@code personal}, {@code channel} or {@code
   * groupChat}).
   */
  static ObjectNode activity(
      String type, String serviceUrl, String conversationId, String conversationType, String user) {
    ObjectNode a = JSON.createObjectNode();
    a.put("type", type)
        .put("id", nextId())
        .put("timestamp", "2026-11-23T10:00:00.000Z")
        .put("serviceUrl", serviceUrl)
        .put("channelId", "msteams")
        .put("locale", "tr-TR");
    a.putObject("from")
        .put("id", "29:" + user)
        .put("aadObjectId", "aad-" + user)
        .put("name", "Sam Example");
    ObjectNode conversation =
        a.putObject("conversation")
            .put("id", conversationId)
            .put("conversationType", conversationType)
            .put("tenantId", TENANT);
    if (!"personal".equals(conversationType)) {
      conversation.put("isGroup", true);
    }
    a.putObject("recipient").put("id", BOT_ID).put("name", BOT_NAME);
    a.putObject("channelData").putObject("tenant").put("id", TENANT);
    return a;
  }

  /** A question in a personal chat. */
  static ObjectNode personal(String serviceUrl, String conversationId, String user, String text) {
    ObjectNode a = activity("message", serviceUrl, conversationId, "personal", user);
    a.put("text", text).put("textFormat", "plain");
    return a;
  }

  /** A question in a channel thread, mentioning the bot first. */
  static ObjectNode channelMention(String serviceUrl, String channelId, String user, String text) {
    String mention = "<at>" + BOT_NAME + "</at>";
    ObjectNode a =
        activity("message", serviceUrl, channelId + ";messageid=" + nextId(), "channel", user);
    a.put("text", mention + " " + text).put("textFormat", "plain");
    ObjectNode entity =
        a.putArray("entities").addObject().put("type", "mention").put("text", mention);
    entity.putObject("mentioned").put("id", BOT_ID).put("name", BOT_NAME);
    ((ObjectNode) a.get("channelData")).putObject("team").put("id", "19:team@thread.skype");
    ((ObjectNode) a.get("channelData")).putObject("channel").put("id", channelId);
    return a;
  }

  /** The Microsoft 365 group id of the test team. */
  static final String TEAM_GROUP = "0b5e1a2c-3d4e-4f50-8a6b-7c8d9e0f1a2b";

  /**
   * A message in a channel conversation (a thread of it when the id carries {@code ;messageid=}),
   * not mentioning the bot.
   */
  static ObjectNode channelMessage(
      String serviceUrl, String conversationId, String user, String text) {
    ObjectNode a = activity("message", serviceUrl, conversationId, "channel", user);
    a.put("text", text).put("textFormat", "plain");
    return inTeam(a, CoachBot.baseConversationId(conversationId));
  }

  /** The same message with the bot @mentioned before its text. */
  static ObjectNode mentioningBot(ObjectNode a) {
    String mention = "<at>" + BOT_NAME + "</at>";
    a.put("text", mention + " " + a.path("text").asText(""));
    ObjectNode entity = entities(a).addObject().put("type", "mention").put("text", mention);
    entity.putObject("mentioned").put("id", BOT_ID).put("name", BOT_NAME);
    return a;
  }

  /** Adds the entity Teams sends for a channel mention written as {@code written} in the text. */
  static ObjectNode mentioningChannel(ObjectNode a, String channelId, String written) {
    ObjectNode entity = entities(a).addObject().put("type", "mention").put("text", written);
    entity.putObject("mentioned").put("id", channelId).put("name", "North");
    return a;
  }

  /** Teams channel data for a channel of the test team. */
  static ObjectNode inTeam(ObjectNode a, String channelId) {
    ObjectNode data = (ObjectNode) a.get("channelData");
    data.putObject("team").put("id", "19:team@thread.tacv2").put("aadGroupId", TEAM_GROUP);
    data.putObject("channel").put("id", channelId);
    return a;
  }

  private static com.fasterxml.jackson.databind.node.ArrayNode entities(ObjectNode a) {
    return a.has("entities")
        ? (com.fasterxml.jackson.databind.node.ArrayNode) a.get("entities")
        : a.putArray("entities");
  }

  /** A card button press: a message with the button's data as its value and no text. */
  static ObjectNode submit(
      String serviceUrl,
      String conversationId,
      String conversationType,
      String user,
      ObjectNode value) {
    ObjectNode a = activity("message", serviceUrl, conversationId, conversationType, user);
    a.put("replyToId", "card-" + nextId());
    a.set("value", value);
    return a;
  }

  /** The bot added to a conversation. */
  static ObjectNode botAdded(String serviceUrl, String conversationId, String conversationType) {
    ObjectNode a =
        activity("conversationUpdate", serviceUrl, conversationId, conversationType, "installer");
    a.putArray("membersAdded").addObject().put("id", BOT_ID);
    ((ObjectNode) a.get("channelData")).put("eventType", "teamMemberAdded");
    return a;
  }

  /** The bot removed from a conversation. */
  static ObjectNode botRemoved(String serviceUrl, String conversationId, String conversationType) {
    ObjectNode a =
        activity("conversationUpdate", serviceUrl, conversationId, conversationType, "installer");
    a.putArray("membersRemoved").addObject().put("id", BOT_ID);
    return a;
  }
}
