package org.dpcoach.core.model;

import java.util.Objects;

/**
 * One message to the coach. Platform ids are opaque to the engine; the conversation id keys the
 * follow-up context.
 */
public record Turn(String userId, String conversationId, String text) {

  /** Checks the ids at once; a null text is read as empty. */
  public Turn {
    Objects.requireNonNull(userId, "user id must not be null");
    Objects.requireNonNull(conversationId, "conversation id must not be null");
    text = text == null ? "" : text;
  }

  @Override
  public String toString() {
    return "Turn[user="
        + userId
        + ", conversation="
        + conversationId
        + ", chars="
        + text.length()
        + "]";
  }
}
