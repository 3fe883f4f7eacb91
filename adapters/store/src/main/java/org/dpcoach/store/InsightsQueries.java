package org.dpcoach.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dpcoach.core.model.Route;
import org.dpcoach.store.InsightsRecorder.Review;

/**
 * What the insights page reads: counts of turns and feedback grouped as asked, each with the number
 * of people behind it as a lower bound, and the few texts champions may see (redacted comments and,
 * when kept, unanswered questions). Person keys change every month, so a group's people are counted
 * per month and the largest month's count is the lower bound: never more people than there were.
 */
public final class InsightsQueries {
  private final Sql sql;

  InsightsQueries(Sql sql) {
    this.sql = sql;
  }

  /**
   * Which rows count: from (inclusive) to (exclusive), and one team (platform and workspace) or
   * all.
   */
  public record Filter(Instant from, Instant to, Optional<Team> team) {
    /** Checks each value at once. */
    public Filter {
      Objects.requireNonNull(from, "from must not be null");
      Objects.requireNonNull(to, "to must not be null");
      Objects.requireNonNull(team, "team must not be null (use Optional.empty())");
      if (!from.isBefore(to)) {
        throw new IllegalArgumentException("from must be before to");
      }
    }
  }

  /** A Slack workspace or a Teams tenant. */
  public record Team(String platform, String workspace) {}

  /** What counts can be grouped by; each names one column. */
  public enum Dim {
    WEEK("week_of"),
    TOPIC("topic"),
    CASE("case_id"),
    ROUTE("route"),
    HELPFUL("helpful");

    private final String column;

    Dim(String column) {
      this.column = column;
    }
  }

  /**
   * One group's count.
   *
   * @param key the group's values, in the order of the dimensions asked for ({@code null} for a
   *     turn with no case; weeks as ISO dates; helpful as {@code true}/{@code false})
   * @param turns how many rows
   * @param people at least this many different people (the largest month's count)
   */
  public record Count(List<String> key, long turns, int people) {}

  /** A not-helpful comment, redacted, with where its review is. */
  public record Comment(
      long id, LocalDate week, String topic, Optional<String> caseId, String text, Review review) {}

  /** An unanswered question's redacted text, its week, its best-guess topic and its person key. */
  public record Unanswered(
      LocalDate week, String route, String topic, String text, String person) {}

  /** A content gap for the knowledge owners. */
  public record ContentGap(LocalDate day, String topic, Optional<String> caseId, String comment) {}

  /**
   * Tips posted and supervision sessions in one channel.
   *
   * @param sessionsRun sessions started
   * @param sessionsCompleted sessions that reached the debrief
   */
  public record ChannelActivity(
      String platform, String channel, int tipsPosted, int sessionsRun, int sessionsCompleted) {}

  /**
   * One turn as insights count it: its hour and week, its team, how it was answered, and whose (a
   * person key).
   */
  public record TurnRow(
      Instant hour,
      LocalDate week,
      String platform,
      String workspace,
      String route,
      String topic,
      String caseId,
      String month,
      String person) {}

  /** One verdict as insights count it. */
  public record FeedbackRow(
      LocalDate week, String topic, String caseId, boolean helpful, String month, String person) {}

  /** Hands every turn in the range (smalltalk left out) to {@code each}, in no order. */
  public void eachTurn(Filter filter, java.util.function.Consumer<TurnRow> each) {
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
  public void eachFeedback(Filter filter, java.util.function.Consumer<FeedbackRow> each) {
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

  /** Turns on the given routes, grouped by the dimensions (none: one total). */
  public List<Count> turns(Filter filter, Set<Route> routes, List<Dim> dims) {
    String in =
        routes.stream().map(r -> "'" + r.id() + "'").sorted().collect(Collectors.joining(", "));
    return counts("insights_turn", "route IN (" + in + ")", filter, dims);
  }

  /** Feedback verdicts, grouped by the dimensions (none: one total). */
  public List<Count> feedback(Filter filter, List<Dim> dims) {
    return counts("insights_feedback", "1 = 1", filter, dims);
  }

  private List<Count> counts(String table, String where, Filter filter, List<Dim> dims) {
    String columns = dims.stream().map(d -> d.column + ", ").collect(Collectors.joining());
    List<Object> params = new ArrayList<>(List.of(filter.from(), filter.to()));
    String team = "";
    if (filter.team().isPresent()) {
      team = " AND platform = ? AND workspace = ?";
      params.add(filter.team().get().platform());
      params.add(filter.team().get().workspace());
    }
    String sqlText =
        "SELECT "
            + columns
            + "key_month, COUNT(*), COUNT(DISTINCT person) FROM "
            + table
            + " WHERE at_hour >= ? AND at_hour < ? AND "
            + where
            + team
            + " GROUP BY "
            + columns
            + "key_month";
    Map<List<String>, long[]> folded = new LinkedHashMap<>();
    sql.query(
        sqlText,
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
  public List<Comment> comments(Filter filter, Set<String> topics, int limit) {
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
            + String.join(", ", java.util.Collections.nCopies(topics.size(), "?"))
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
  public List<Unanswered> unanswered(Filter filter) {
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

  /** The teams (workspaces and tenants) that have asked anything, in a stable order. */
  public List<Team> teams() {
    return sql.query(
        "SELECT DISTINCT platform, workspace FROM insights_turn ORDER BY platform, workspace",
        rs -> new Team(rs.getString(1), rs.getString(2)));
  }

  /** A champion who gets the weekly digest, and where (their DM or personal chat). */
  public record Recipient(String platform, String user, String channel) {}

  /** Keeps (or moves) a champion's digest to the channel. */
  public void rememberRecipient(Recipient r, Instant at) {
    String update =
        "UPDATE insights_digest_recipient SET channel = ?, updated_at = ?"
            + " WHERE platform = ? AND user_id = ?";
    if (sql.update(update, r.channel(), at, r.platform(), r.user()) == 1) {
      return;
    }
    try {
      sql.update(
          "INSERT INTO insights_digest_recipient (platform, user_id, channel, updated_at)"
              + " VALUES (?, ?, ?, ?)",
          r.platform(),
          r.user(),
          r.channel(),
          at);
    } catch (StoreException e) {
      if (!(e.getCause() instanceof SQLException q) || !Sql.uniqueViolation(q)) {
        throw e;
      }
      sql.update(update, r.channel(), at, r.platform(), r.user());
    }
  }

  /** Every digest recipient. */
  public List<Recipient> recipients() {
    return sql.query(
        "SELECT platform, user_id, channel FROM insights_digest_recipient ORDER BY platform, user_id",
        rs -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3)));
  }

  /** Marks a not-helpful comment; false when there is no such comment. */
  public boolean review(long id, Review state, Instant at) {
    return sql.update(
            "UPDATE insights_feedback SET review = ?, reviewed_at = ? WHERE id = ? AND helpful = FALSE"
                + " AND comment IS NOT NULL",
            state.name(),
            at,
            id)
        == 1;
  }

  /** Every comment marked as a content gap, oldest first, with its day (London time). */
  public List<ContentGap> contentGaps() {
    return sql.query(
        "SELECT at_hour, topic, case_id, comment FROM insights_feedback WHERE review = 'CONTENT_GAP'"
            + " ORDER BY at_hour, id",
        rs ->
            new ContentGap(
                Sql.instant(rs, "at_hour").atZone(InsightsRecorder.ZONE).toLocalDate(),
                rs.getString(2),
                Optional.ofNullable(rs.getString(3)),
                rs.getString(4)));
  }

  /**
   * Tips posted and supervision sessions run and completed per channel in the range, from the
   * outbox and the sessions (kept for the retention period only); one platform or all.
   */
  public List<ChannelActivity> channelActivity(Filter filter) {
    Map<List<String>, int[]> by = new LinkedHashMap<>();
    Optional<String> platform = filter.team().map(Team::platform);
    String onPlatform = platform.isPresent() ? " AND platform = ?" : "";
    Object[] params =
        platform.isPresent()
            ? new Object[] {filter.from(), filter.to(), platform.get()}
            : new Object[] {filter.from(), filter.to()};
    sql.query(
        "SELECT platform, channel, COUNT(*) FROM tip_outbox WHERE state = 'SENT' AND sent_at >= ?"
            + " AND sent_at < ?"
            + onPlatform
            + " GROUP BY platform, channel",
        rs -> by.computeIfAbsent(channel(rs), k -> new int[3])[0] += rs.getInt(3),
        params);
    sql.query(
        "SELECT platform, channel, COUNT(*), SUM(CASE WHEN state = 'DEBRIEFED' THEN 1 ELSE 0 END)"
            + " FROM supervision_session WHERE started_at >= ? AND started_at < ?"
            + onPlatform
            + " GROUP BY platform, channel",
        rs -> {
          int[] counts = by.computeIfAbsent(channel(rs), k -> new int[3]);
          counts[1] += rs.getInt(3);
          counts[2] += rs.getInt(4);
          return null;
        },
        params);
    List<ChannelActivity> out = new ArrayList<>();
    by.forEach((k, v) -> out.add(new ChannelActivity(k.get(0), k.get(1), v[0], v[1], v[2])));
    out.sort(
        java.util.Comparator.comparing(ChannelActivity::platform)
            .thenComparing(ChannelActivity::channel));
    return out;
  }

  /** A group's value as the same text in H2 and PostgreSQL. */
  private static String value(ResultSet rs, int column, Dim dim) throws SQLException {
    return switch (dim) {
      case WEEK -> rs.getObject(column, LocalDate.class).toString();
      case HELPFUL -> String.valueOf(rs.getBoolean(column));
      default -> rs.getString(column);
    };
  }

  private static List<String> channel(ResultSet rs) throws SQLException {
    return List.of(rs.getString(1), rs.getString(2));
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
