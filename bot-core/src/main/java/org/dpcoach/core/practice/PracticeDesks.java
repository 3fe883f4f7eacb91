package org.dpcoach.core.practice;

import java.util.Objects;

/**
 * The tips, supervision, channel-nation and insights desks an adapter routes its commands and
 * buttons to.
 */
public record PracticeDesks(
    TipDesk tips, SupervisionDesk supervision, NationDesk nations, InsightsDesk insights) {

  /** Checks each desk at once. */
  public PracticeDesks {
    Objects.requireNonNull(tips, "tip desk must not be null");
    Objects.requireNonNull(supervision, "supervision desk must not be null");
    Objects.requireNonNull(nations, "nation desk must not be null");
    Objects.requireNonNull(insights, "insights desk must not be null");
  }

  /** Tips, supervision and channel nations, with insights off. */
  public PracticeDesks(TipDesk tips, SupervisionDesk supervision, NationDesk nations) {
    this(tips, supervision, nations, InsightsDesk.off(Champions.none()));
  }
}
