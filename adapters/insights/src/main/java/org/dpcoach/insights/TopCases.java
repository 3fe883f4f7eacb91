package org.dpcoach.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dpcoach.knowledge.Case;
import org.dpcoach.knowledge.KnowledgeBase;

/** The "top cases" table, with what its listed cases leave of a topic never a small figure. */
final class TopCases {
  static final int TOP_CASES = 10;

  private final KnowledgeBase kb;
  private final Function<String, String> topicTitle;

  TopCases(KnowledgeBase kb, Function<String, String> topicTitle) {
    this.kb = kb;
    this.topicTitle = topicTitle;
  }

  /**
   * The most-answered cases that can be shown: each at least 5 questions and people, and, for every
   * topic whose total is shown, what its listed cases leave over is none or itself at least 5 (else
   * the smallest listed case of that topic is left out, and the check runs again).
   */
  Table table(Tally tally, Grid weekly) {
    List<String> candidates = new ArrayList<>();
    for (Object group : tally.groups()) {
      if (group instanceof List<?> key && key.size() == 2 && "case".equals(key.get(0))) {
        Figure f = tally.figure(key);
        if (!Suppression.small(f) && f.turns > 0) {
          candidates.add((String) key.get(1));
        }
      }
    }
    candidates.sort(
        Comparator.comparingLong((String c) -> -tally.figure(List.of("case", c)).turns)
            .thenComparing(c -> c));
    List<String> listed =
        new ArrayList<>(candidates.subList(0, Math.min(TOP_CASES, candidates.size())));
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int r = 0; r < weekly.rows.size(); r++) {
        String topic = weekly.rows.get(r);
        if (!weekly.rowTotals[r].shown()) {
          continue;
        }
        Optional<String> drop = leftOverUnsafe(tally, topic, weekly.rowTotals[r], listed);
        if (drop.isPresent()) {
          listed.remove(drop.get());
          changed = true;
        }
      }
    }
    List<Table.Row> rows = new ArrayList<>();
    for (String id : listed) {
      Optional<Case> c = kb.caseById(id);
      rows.add(
          new Table.Row(
              c.map(Case::question).orElse(id),
              List.of(
                  Table.Value.text(topicTitle.apply(c.map(Case::topic).orElse(""))),
                  Table.Value.of(tally.figure(List.of("case", id)))),
              false));
    }
    return new Table(
        "cases",
        "Top cases: the situations people asked about most",
        List.of("Case", "Topic", "Questions"),
        rows,
        Table.Chart.BARS,
        false);
  }

  /**
   * The smallest listed case of the topic when what the listed ones leave of the topic's total
   * would be a small figure anyone could work out; empty when the topic is safe as listed.
   */
  private Optional<String> leftOverUnsafe(
      Tally tally, String topic, Figure total, List<String> listed) {
    List<String> mine = new ArrayList<>();
    List<Figure> parts = new ArrayList<>();
    List<Object> rest = new ArrayList<>(List.of(List.of("nocase", topic)));
    long shown = 0;
    for (Object group : tally.groups()) {
      if (group instanceof List<?> key && key.size() == 2 && "case".equals(key.get(0))) {
        String id = (String) key.get(1);
        if (!kb.caseById(id).map(Case::topic).orElse("").equals(topic)) {
          continue;
        }
        if (listed.contains(id)) {
          mine.add(id);
          Figure f = tally.figure(key);
          parts.add(f);
          shown += f.turns;
        } else {
          rest.add(key);
        }
      }
    }
    if (mine.isEmpty()) {
      return Optional.empty();
    }
    Figure union = tally.union(rest);
    parts.add(Figure.remainder(total.turns - shown, union.people));
    if (Suppression.safe(new Suppression.Line(Optional.of(total), parts))) {
      return Optional.empty();
    }
    return mine.stream()
        .min(Comparator.comparingLong(id -> tally.figure(List.of("case", id)).turns));
  }
}
