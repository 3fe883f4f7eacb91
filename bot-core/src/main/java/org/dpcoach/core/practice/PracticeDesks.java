package org.dpcoach.core.practice;

import java.util.Objects;
import java.util.Optional;

/**
 * The tips, supervision, channel-nation, insights and (when set up) champions' desks an adapter
 * routes its commands and buttons to.
 */
public record PracticeDesks(
    TipDesk tips,
    SupervisionDesk supervision,
    NationDesk nations,
    InsightsDesk insights,
    Optional<ChampionDesk> champions) {

  /** Checks each desk at once. */
  public PracticeDesks {
    Objects.requireNonNull(tips, "tip desk must not be null");
    Objects.requireNonNull(supervision, "supervision desk must not be null");
    Objects.requireNonNull(nations, "nation desk must not be null");
    Objects.requireNonNull(insights, "insights desk must not be null");
    Objects.requireNonNull(champions, "champions desk must not be null (use Optional.empty())");
  }

  /** Tips, supervision, channel nations and insights, with asking a champion off. */
  public PracticeDesks(
      TipDesk tips, SupervisionDesk supervision, NationDesk nations, InsightsDesk insights) {
    this(tips, supervision, nations, insights, Optional.empty());
  }

  /** Tips, supervision and channel nations, with insights off. */
  public PracticeDesks(TipDesk tips, SupervisionDesk supervision, NationDesk nations) {
    this(tips, supervision, nations, InsightsDesk.off(Champions.none(), tips.texts().dialogue()));
  }
}
