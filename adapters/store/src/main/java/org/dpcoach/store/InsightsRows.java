package org.dpcoach.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.dpcoach.store.InsightsQueries.Comment;
import org.dpcoach.store.InsightsQueries.Count;
import org.dpcoach.store.InsightsQueries.Dim;
import org.dpcoach.store.InsightsQueries.FeedbackRow;
import org.dpcoach.store.InsightsQueries.Filter;
import org.dpcoach.store.InsightsQueries.TurnRow;
import org.dpcoach.store.InsightsQueries.Unanswered;
import org.dpcoach.store.InsightsRecorder.Review;

/** The insights tables' rows read for the page: each turn and verdict, grouped counts, texts. */
final class InsightsRows {
  private final Sql sql;

  InsightsRows(Sql sql) {
    this.sql = sql;
  }

  /** Hands every turn in the range (smalltalk left out) to {@code each}, in no order. */
  void eachTurn(Filter filter, Consumer<TurnRow> each) {
    List<Object> params = new ArrayList<>(List.of(filter.from(), filter.to()));
    String team = teamClause(filter, params);
    sql.query(
        "SELECT at_hour, week_of, platform, workspace, route, topic, case_id, key_month, person"
            + " FROM insights_turn WHERE at_hour >= ? AND at_hour < ? AND route <> 'smalltalk'"
            + team,
        rs -> {
          each.accept(
              new TurnRow(
                  Sql.instant(rs, "at_hour"),
                  rs.getObject(2, LocalDate.class),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9)));
          return null;
        },
        params.toArray());
  }

  /** Hands every verdict in the range to {@code each}, in no order. */
  void eachFeedback(Filter filter, Consumer<FeedbackRow> each) {
    List<Object> params = new ArrayList<>(List.of(filter.from(), filter.to()));
    String team = teamClause(filter, params);
    sql.query(
        "SELECT week_of, topic, case_id, helpful, key_month, person FROM insights_feedback"
            + " WHERE at_hour >= ? AND at_hour < ?"
            + team,
        rs -> {
          each.accept(
              new FeedbackRow(
                  rs.getObject(1, LocalDate.class),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getBoolean(4),
                  rs.getString(5),
                  rs.getString(6)));
          return null;
        },
        params.toArray());
  }

  /** Rows of the table matching {@code where}, grouped by the dimensions, people per month. */
  List<Count> counts(String table, String where, Filter filter, List<Dim> dims) {
    String columns = dims.stream().map(d -> d.column + ", ").collect(Collectors.joining());
    List<Object> params = new ArrayList<>(List.of(filter.from(), filter.to()));
    String team = teamClause(filter, params);
    Map<List<String>, long[]> folded = new LinkedHashMap<>();
    sql.query(
        "SELECT "
            + columns
            + "key_month, COUNT(*), COUNT(DISTINCT person) FROM "
            + table
            + " WHERE at_hour >= ? AND at_hour < ? AND "
            + where
            + team
            + " GROUP BY "
            + columns
            + "key_month",
        rs -> {
          List<String> key = new ArrayList<>(dims.size());
          for (int i = 1; i <= dims.size(); i++) {
            key.add(value(rs, i, dims.get(i - 1)));
          }
          long[] sums = folded.computeIfAbsent(key, k -> new long[2]);
          sums[0] += rs.getLong(dims.size() + 2);
          sums[1] = Math.max(sums[1], rs.getLong(dims.size() + 3));
          return null;
        },
        params.toArray());
    List<Count> out = new ArrayList<>(folded.size());
    folded.forEach((k, v) -> out.add(new Count(List.copyOf(k), v[0], (int) v[1])));
    return out;
  }

  /**
   * The not-helpful comments in the range on the given topics, newest first, at most {@code limit}.
   */
  List<Comment> comments(Filter filter, Set<String> topics, int limit) {
    if (topics.isEmpty()) {
      return List.of();
    }
    List<Object> params = new ArrayList<>(List.of(filter.from(), filter.to()));
    String team = teamClause(filter, params);
    params.addAll(topics);
    params.add(limit);
    return sql.query(
        "SELECT id, week_of, topic, case_id, comment, review FROM insights_feedback"
            + " WHERE at_hour >= ? AND at_hour < ? AND helpful = FALSE AND comment IS NOT NULL"
            + team
            + " AND topic IN ("
            + String.join(", ", Collections.nCopies(topics.size(), "?"))
            + ") ORDER BY at_hour DESC, id DESC FETCH FIRST ? ROWS ONLY",
        rs ->
            new Comment(
                rs.getLong(1),
                rs.getObject(2, LocalDate.class),
                rs.getString(3),
                Optional.ofNullable(rs.getString(4)),
                rs.getString(5),
                Review.valueOf(rs.getString(6))),
        params.toArray());
  }

  /** The kept unanswered questions in the range (nothing when keeping them is off). */
  List<Unanswered> unanswered(Filter filter) {
    List<Object> params = new ArrayList<>(List.of(filter.from(), filter.to()));
    String team = teamClause(filter, params);
    return sql.query(
        "SELECT at_hour, route, topic, body, key_month, person FROM insights_unanswered"
            + " WHERE at_hour >= ? AND at_hour < ?"
            + team
            + " ORDER BY at_hour",
        rs ->
            new Unanswered(
                InsightsRecorder.week(Sql.instant(rs, "at_hour")),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5) + ":" + rs.getString(6)),
        params.toArray());
  }

  /** A group's value as the same text in H2 and PostgreSQL. */
  private static String value(ResultSet rs, int column, Dim dim) throws SQLException {
    return switch (dim) {
      case WEEK -> rs.getObject(column, LocalDate.class).toString();
      case HELPFUL -> String.valueOf(rs.getBoolean(column));
      default -> rs.getString(column);
    };
  }

  private static String teamClause(Filter filter, List<Object> params) {
    if (filter.team().isEmpty()) {
      return "";
    }
    params.add(filter.team().get().platform());
    params.add(filter.team().get().workspace());
    return " AND platform = ? AND workspace = ?";
  }
}
