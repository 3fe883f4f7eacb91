package org.dpcoach.knowledge;

import java.time.LocalDate;

/** What one employer allows or requires on one topic, with its owner and review date. */
public record Policy(
    String topic,
    String stance,
    String says,
    String document,
    String owner,
    LocalDate lastReviewed,
    LocalDate reviewBy) {

  /** Whether the policy's review date has passed on the given day. */
  public boolean overdue(LocalDate today) {
    return reviewBy.isBefore(today);
  }
}
