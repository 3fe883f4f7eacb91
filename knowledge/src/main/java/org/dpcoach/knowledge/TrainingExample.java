package org.dpcoach.knowledge;

import java.util.Objects;
import java.util.Optional;

/**
 * One training question, the topic or route it belongs to and, when it was written for one, its
 * case.
 */
public record TrainingExample(String topic, String question, Optional<String> caseId) {

  /** Checks each value at once. */
  public TrainingExample {
    Objects.requireNonNull(topic, "topic must not be null");
    Objects.requireNonNull(question, "question must not be null");
    Objects.requireNonNull(caseId, "case id must not be null (use Optional.empty())");
  }

  /** A question of a topic or route with no case. */
  public TrainingExample(String topic, String question) {
    this(topic, question, Optional.empty());
  }
}
