package org.dpcoach.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One Helpful / Not helpful verdict on an answer, from any platform.
 *
 * @param topic the topic id the answer was about
 * @param knowledgeVersion the knowledge version that gave the answer
 * @param helpful whether the person found it helpful
 * @param missing what they said was missing, already redacted by the personal-data guard
 */
public record Feedback(
    String topic, String knowledgeVersion, boolean helpful, Optional<String> missing) {
  /** Checks each value at once. */
  public Feedback {
    Objects.requireNonNull(topic, "topic must not be null");
    Objects.requireNonNull(knowledgeVersion, "knowledge version must not be null");
    Objects.requireNonNull(missing, "missing must not be null (use Optional.empty())");
  }
}
