package org.dpcoach.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A conversation the Teams bot may post to unasked, as the {@code teams_conversation} table keeps
 * it: platform ids and the service URL only, never message text.
 */
public record StoredConversation(
    String conversationId,
    String serviceUrl,
    Optional<String> tenantId,
    Optional<String> conversationType,
    String botId,
    Optional<String> userId,
    Optional<String> teamId) {

  /** Checks each value at once. */
  public StoredConversation {
    Objects.requireNonNull(conversationId, "conversation id must not be null");
    Objects.requireNonNull(serviceUrl, "service url must not be null");
    Objects.requireNonNull(tenantId, "tenant id must not be null");
    Objects.requireNonNull(conversationType, "conversation type must not be null");
    Objects.requireNonNull(botId, "bot id must not be null");
    Objects.requireNonNull(userId, "user id must not be null");
    Objects.requireNonNull(teamId, "team id must not be null");
  }
}
