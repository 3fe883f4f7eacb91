package org.dpcoach.knowledge;

import java.time.LocalDate;

/**
 * What one employer allows or requires on one topic, with its owner and review date, and its own
 * short answers to the cases it decides (by case id).
 */
public record Policy(
    String topic,
    String stance,
    String says,
    String document,
    String owner,
    LocalDate lastReviewed,
    LocalDate reviewBy,
    java.util.Map<String, String> cases) {

  /** Copies the case answers. */
  public Policy {
    cases = java.util.Map.copyOf(cases);
  }

  /** The employer's own short answer for a case it decides, if the policy gives one. */
  public java.util.Optional<String> caseAnswer(String caseId) {
    return java.util.Optional.ofNullable(cases.get(caseId));
  }

  /** Whether the policy's review date has passed on the given day. */
  public boolean overdue(LocalDate today) {
    return reviewBy.isBefore(today);
  }
}
