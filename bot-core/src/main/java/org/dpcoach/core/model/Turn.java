package org.dpcoach.core.model;

import java.util.Objects;

/**
 * One message to the coach. Platform ids are opaque to the engine; the conversation id keys the
 * follow-up context.
 */
public record Turn(String userId, String conversationId, String text, Origin origin) {

  /** Checks the ids at once; a null text is read as empty. */
  public Turn {
    Objects.requireNonNull(userId, "user id must not be null");
    Objects.requireNonNull(conversationId, "conversation id must not be null");
    Objects.requireNonNull(origin, "origin must not be null (use Origin.UNKNOWN)");
    text = text == null ? "" : text;
  }

  /** A turn whose origin is not said. */
  public Turn(String userId, String conversationId, String text) {
    this(userId, conversationId, text, Origin.UNKNOWN);
  }

  @Override
  public String toString() {
    return "Turn[user="
        + userId
        + ", conversation="
        + conversationId
        + ", chars="
        + text.length()
        + ", origin="
        + origin
        + "]";
  }
}
