package org.dpcoach.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Small-number suppression: every figure about fewer than {@value #K} turns or people is hidden
 * (primary suppression), then, for every total and the parts it adds up from (a line), enough other
 * parts are hidden that the hidden ones cannot be worked out from the total (secondary
 * suppression): a line's hidden parts must be none, or at least two that together hold at least
 * {@value #K} turns and a part with at least {@value #K} people. A lone unpublished remainder may
 * stand if it is itself at least {@value #K} turns and people. When no part is left to hide, the
 * total is hidden, and the lines it belongs to are checked again; a hidden total beside parts that
 * are all shown could be added up again, so one of its parts is hidden too.
 */
final class Suppression {
  /** The smallest number of people or turns a shown figure may be about. */
  static final int K = 5;

  /** A total and the parts that add up to it (the total may be empty: nothing to derive from). */
  record Line(Optional<Figure> total, List<Figure> parts) {}

  private Suppression() {}

  /** Whether a figure alone is too small to show. */
  static boolean small(Figure f) {
    return f.turns > 0 && (f.turns < K || f.people < K);
  }

  /** Hides figures in place until every line is safe. */
  static void apply(List<Line> lines) {
    for (Line line : lines) {
      line.total().ifPresent(Suppression::primary);
      line.parts().forEach(Suppression::primary);
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Line line : lines) {
        if (line.total().isEmpty() || safe(line)) {
          continue;
        }
        Optional<Figure> next =
            line.parts().stream()
                .filter(f -> f.shown() && f.turns > 0)
                .min(Comparator.comparingLong(f -> f.turns));
        if (next.isPresent()) {
          next.get().hidden = true;
        } else {
          line.total().get().hidden = true;
        }
        changed = true;
      }
    }
  }

  private static void primary(Figure f) {
    if (f.published && small(f)) {
      f.hidden = true;
    }
  }

  /**
   * Whether no hidden member of the line can be worked out from the others: a hidden total needs a
   * hidden part beside it; beside a shown total, the hidden and unpublished parts must be none, or
   * at least two holding at least {@value #K} turns and a part with at least {@value #K} people, or
   * one unpublished remainder that is itself at least {@value #K} turns and people.
   */
  static boolean safe(Line line) {
    List<Figure> unseen = new ArrayList<>();
    for (Figure f : line.parts()) {
      if (f.turns > 0 && !f.shown()) {
        unseen.add(f);
      }
    }
    if (line.total().isEmpty()) {
      return true;
    }
    if (line.total().get().hidden) {
      return !unseen.isEmpty() || line.total().get().turns == 0;
    }
    if (unseen.isEmpty()) {
      return true;
    }
    if (unseen.size() == 1) {
      Figure only = unseen.get(0);
      return !only.published && only.turns >= K && only.people >= K;
    }
    long turns = unseen.stream().mapToLong(f -> f.turns).sum();
    int people = unseen.stream().mapToInt(f -> f.people).max().orElse(0);
    return turns >= K && people >= K;
  }
}
