package org.dpcoach.knowledge;

import java.util.List;

/** A held-out test question with the topic it should get and other fair answers. */
public record LabelledQuestion(
    String id, String question, String expected, List<String> acceptable) {

  /** Whether the given topic is the expected one or one of the acceptable ones. */
  public boolean accepts(String topic) {
    return expected.equals(topic) || acceptable.contains(topic);
  }
}
