package org.dpcoach.core.practice;

import java.util.Objects;

/** The tips, supervision and channel-nation desks an adapter routes its commands and buttons to. */
public record PracticeDesks(TipDesk tips, SupervisionDesk supervision, NationDesk nations) {

  /** Checks each desk at once. */
  public PracticeDesks {
    Objects.requireNonNull(tips, "tip desk must not be null");
    Objects.requireNonNull(supervision, "supervision desk must not be null");
    Objects.requireNonNull(nations, "nation desk must not be null");
  }
}
