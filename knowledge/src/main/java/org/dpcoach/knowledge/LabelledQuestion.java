package org.dpcoach.knowledge;

import java.util.List;

/**
 * A held-out test question with the topic it should get, other fair answers and, in case-level
 * sets, the case it should get and the nation the person's own words name.
 */
public record LabelledQuestion(
    String id,
    String question,
    String expected,
    List<String> acceptable,
    java.util.Optional<String> expectedCase,
    java.util.Optional<Jurisdiction> expectedNation) {

  /** A topic-level row, with no expected case or nation. */
  public LabelledQuestion(String id, String question, String expected, List<String> acceptable) {
    this(
        id, question, expected, acceptable, java.util.Optional.empty(), java.util.Optional.empty());
  }

  /** Whether the given topic is the expected one or one of the acceptable ones. */
  public boolean accepts(String topic) {
    return expected.equals(topic) || acceptable.contains(topic);
  }
}
