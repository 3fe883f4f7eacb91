package org.dpcoach.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One Helpful / Not helpful verdict on an answer, from any platform.
 *
 * @param topic the topic id the answer was about
 * @param knowledgeVersion the knowledge version that gave the answer
 * @param helpful whether the person found it helpful
 * @param missing what they said was missing; redacted by the personal-data guard before it reaches
 *     a sink ({@link org.dpcoach.core.FeedbackDesk})
 * @param caseId the case that answered, when the adapter knows it
 * @param userId the platform's opaque id of the person (insights count people with a keyed hash of
 *     it and never keep it); empty when the adapter did not say
 * @param origin the platform, workspace and kind of conversation
 */
public record Feedback(
    String topic,
    String knowledgeVersion,
    boolean helpful,
    Optional<String> missing,
    Optional<String> caseId,
    String userId,
    Origin origin) {
  /** Checks each value at once. */
  public Feedback {
    Objects.requireNonNull(topic, "topic must not be null");
    Objects.requireNonNull(knowledgeVersion, "knowledge version must not be null");
    Objects.requireNonNull(missing, "missing must not be null (use Optional.empty())");
    Objects.requireNonNull(caseId, "case id must not be null (use Optional.empty())");
    Objects.requireNonNull(userId, "user id must not be null (use an empty string)");
    Objects.requireNonNull(origin, "origin must not be null (use Origin.UNKNOWN)");
  }

  /** A verdict whose case, person and origin are not said. */
  public Feedback(
      String topic, String knowledgeVersion, boolean helpful, Optional<String> missing) {
    this(topic, knowledgeVersion, helpful, missing, Optional.empty(), "", Origin.UNKNOWN);
  }

  /** A copy that says who gave it and where. */
  public Feedback from(String user, Origin where) {
    return new Feedback(topic, knowledgeVersion, helpful, missing, caseId, user, where);
  }

  /** A copy with another text of what was missing. */
  public Feedback withMissing(Optional<String> other) {
    return new Feedback(topic, knowledgeVersion, helpful, other, caseId, userId, origin);
  }

  /** A copy that names the case that answered (blank means none). */
  public Feedback onCase(String caseIdOrBlank) {
    Optional<String> chosen =
        Optional.ofNullable(caseIdOrBlank).map(String::strip).filter(c -> !c.isEmpty());
    return new Feedback(topic, knowledgeVersion, helpful, missing, chosen, userId, origin);
  }

  /** Never shows what was typed or who gave it. */
  @Override
  public String toString() {
    return "Feedback[topic="
        + topic
        + ", case="
        + caseId.orElse("none")
        + ", helpful="
        + helpful
        + ", missing="
        + missing.isPresent()
        + ", origin="
        + origin
        + "]";
  }
}
