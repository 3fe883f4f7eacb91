package org.dpcoach.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.Topic;
import org.dpcoach.store.InsightsQueries;
import org.dpcoach.store.InsightsQueries.Comment;
import org.dpcoach.store.InsightsQueries.Filter;

/**
 * Helpful and not helpful by topic: a grid of topics by verdict, suppressed; the not-helpful rate
 * where both its figures are shown (from the rounded figures, so it gives nothing more away); and
 * the redacted comments of topics where at least 5 people said not helpful.
 */
final class FeedbackSection {
  static final String HELPFUL = "helpful";
  static final String NOT_HELPFUL = "not helpful";
  static final int MAX_COMMENTS = 200;

  private final KnowledgeBase kb;
  private final Grid grid;
  private final InsightsQueries queries;
  private final Filter filter;

  FeedbackSection(InsightsQueries queries, KnowledgeBase kb, Filter filter) {
    this.kb = kb;
    this.queries = queries;
    this.filter = filter;
    Tally tally = new Tally();
    Set<String> topics = new HashSet<>();
    queries.eachFeedback(
        filter,
        f -> {
          topics.add(f.topic());
          Grid.count(
              tally,
              "C",
              f.topic(),
              f.helpful() ? HELPFUL : NOT_HELPFUL,
              tally.who(f.month(), f.person()));
        });
    List<String> order = new ArrayList<>(topics);
    order.sort(
        Comparator.comparingLong((String t) -> -tally.figure(java.util.List.of("C/r", t)).turns)
            .thenComparing(t -> t));
    grid = new Grid(tally, "C", order, List.of(HELPFUL, NOT_HELPFUL));
    Suppression.apply(grid.lines());
  }

  /** The table: helpful, not helpful, votes and the not-helpful rate per topic, then totals. */
  Table table() {
    List<Table.Row> rows = new ArrayList<>();
    for (int r = 0; r < grid.rows.size(); r++) {
      rows.add(
          new Table.Row(
              kb.entry(grid.rows.get(r)).map(Topic::title).orElse(grid.rows.get(r)),
              values(grid.cells[r][0], grid.cells[r][1], grid.rowTotals[r]),
              false));
    }
    rows.add(
        new Table.Row("Total", values(grid.colTotals[0], grid.colTotals[1], grid.grand), true));
    return new Table(
        "feedback",
        "Not-helpful rate by topic (Helpful and Not helpful votes)",
        List.of("Topic", "Helpful", "Not helpful", "Votes", "Not-helpful rate"),
        rows,
        Table.Chart.BARS,
        false);
  }

  /** The overall not-helpful rate, or hidden. */
  Table.Value overallRate() {
    return rate(grid.colTotals[1], grid.grand);
  }

  /**
   * The comments of topics where at least 5 people said not helpful (in at least 5 votes), newest
   * first. That figure may still be hidden beside a small helpful one; the comments are listed
   * without it.
   */
  List<Comment> comments() {
    Set<String> open = new HashSet<>();
    for (int r = 0; r < grid.rows.size(); r++) {
      Figure notHelpful = grid.cells[r][1];
      if (notHelpful.turns > 0 && !Suppression.small(notHelpful)) {
        open.add(grid.rows.get(r));
      }
    }
    return queries.comments(filter, open, MAX_COMMENTS);
  }

  private static List<Table.Value> values(Figure helpful, Figure notHelpful, Figure votes) {
    return List.of(
        Table.Value.of(helpful),
        Table.Value.of(notHelpful),
        Table.Value.of(votes),
        rate(notHelpful, votes));
  }

  private static Table.Value rate(Figure notHelpful, Figure votes) {
    if (notHelpful.turns == 0 && votes.shown()) {
      return Table.Value.percent(0);
    }
    if (!notHelpful.shown() || !votes.shown()) {
      return Table.Value.hiddenValue();
    }
    return Table.Value.percent(
        (double) Table.Value.rounded(notHelpful.turns) / Table.Value.rounded(votes.turns));
  }
}
