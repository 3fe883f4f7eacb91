package org.dpcoach.core.practice;

import java.util.Optional;

/**
 * Finds the practitioner topic a (redacted) text is about; the app wires the engine's classifier.
 */
@FunctionalInterface
public interface TopicDetector {

  /** The topic id, or empty when the text matches no practitioner topic. */
  Optional<String> topicOf(String redactedText);
}
