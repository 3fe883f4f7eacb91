package org.dpcoach.core.practice;

import java.util.Objects;

/** The tips, supervision and insights desks an adapter routes its commands and buttons to. */
public record PracticeDesks(TipDesk tips, SupervisionDesk supervision, InsightsDesk insights) {

  /** Checks each desk at once. */
  public PracticeDesks {
    Objects.requireNonNull(tips, "tip desk must not be null");
    Objects.requireNonNull(supervision, "supervision desk must not be null");
    Objects.requireNonNull(insights, "insights desk must not be null");
  }

  /** Tips and supervision, with insights off. */
  public PracticeDesks(TipDesk tips, SupervisionDesk supervision) {
    this(tips, supervision, InsightsDesk.off(Champions.none()));
  }
}
