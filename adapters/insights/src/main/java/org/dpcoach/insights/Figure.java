package org.dpcoach.insights;

/**
 * One count before it is shown: how many turns, at least how many people, and whether it must be
 * hidden ("fewer than 5"). Unpublished figures (a remainder nobody sees, but anyone could work out
 * from a total and its shown parts) take part in suppression but are never shown.
 */
final class Figure {
  final long turns;
  final int people;
  final boolean published;
  boolean hidden;

  Figure(long turns, int people) {
    this(turns, people, true);
  }

  Figure(long turns, int people, boolean published) {
    this.turns = turns;
    this.people = people;
    this.published = published;
  }

  /** A figure nobody sees, standing for what a total's shown parts leave over. */
  static Figure remainder(long turns, int people) {
    return new Figure(turns, people, false);
  }

  /** Whether it may be shown: published, not hidden. */
  boolean shown() {
    return published && !hidden;
  }

  @Override
  public String toString() {
    return turns + "/" + people + (hidden ? " hidden" : "") + (published ? "" : " unpublished");
  }
}
