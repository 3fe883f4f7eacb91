package org.dpcoach.core.port;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the bot can post later without being asked: a conversation the bot was added to, taken from
 * an authenticated activity (Microsoft Teams gives these). Holds platform ids only, never message
 * text.
 *
 * @param conversationId the platform's conversation id (a personal chat, group chat or channel)
 * @param serviceUrl the Bot Framework service URL for that conversation's region
 * @param tenantId the tenant, if known
 * @param conversationType {@code personal}, {@code groupChat} or {@code channel}, if known
 * @param botId the bot's channel account id in that conversation
 * @param userId for a personal chat, the person's channel account id
 * @param teamId for a team channel, the team's Microsoft 365 group id ({@code aadGroupId}), which
 *     Microsoft Graph needs to read the channel
 */
public record ConversationAddress(
    String conversationId,
    String serviceUrl,
    Optional<String> tenantId,
    Optional<String> conversationType,
    String botId,
    Optional<String> userId,
    Optional<String> teamId) {

  /** Checks each value at once. */
  public ConversationAddress {
    Objects.requireNonNull(conversationId, "conversation id must not be null");
    Objects.requireNonNull(serviceUrl, "service url must not be null");
    Objects.requireNonNull(tenantId, "tenant id must not be null (use Optional.empty())");
    Objects.requireNonNull(
        conversationType, "conversation type must not be null (use Optional.empty())");
    Objects.requireNonNull(botId, "bot id must not be null");
    Objects.requireNonNull(userId, "user id must not be null (use Optional.empty())");
    Objects.requireNonNull(teamId, "team id must not be null (use Optional.empty())");
    if (conversationId.isBlank()) {
      throw new IllegalArgumentException("conversation id must not be blank");
    }
  }
}
