package org.dpcoach.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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
  private final InsightsRows rows;

  InsightsQueries(Sql sql) {
    this.sql = sql;
    this.rows = new InsightsRows(sql);
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

    final String column;

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
  public void eachTurn(Filter filter, Consumer<TurnRow> each) {
    rows.eachTurn(filter, each);
  }

  /** Hands every verdict in the range to {@code each}, in no order. */
  public void eachFeedback(Filter filter, Consumer<FeedbackRow> each) {
    rows.eachFeedback(filter, each);
  }

  /** Turns on the given routes, grouped by the dimensions (none: one total). */
  public List<Count> turns(Filter filter, Set<Route> routes, List<Dim> dims) {
    String in =
        routes.stream().map(r -> "'" + r.id() + "'").sorted().collect(Collectors.joining(", "));
    return rows.counts("insights_turn", "route IN (" + in + ")", filter, dims);
  }

  /** Feedback verdicts, grouped by the dimensions (none: one total). */
  public List<Count> feedback(Filter filter, List<Dim> dims) {
    return rows.counts("insights_feedback", "1 = 1", filter, dims);
  }

  /**
   * The not-helpful comments in the range on the given topics, newest first, at most {@code limit}.
   */
  public List<Comment> comments(Filter filter, Set<String> topics, int limit) {
    return rows.comments(filter, topics, limit);
  }

  /** The kept unanswered questions in the range (nothing when keeping them is off). */
  public List<Unanswered> unanswered(Filter filter) {
    return rows.unanswered(filter);
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
    new DigestRecipients(sql).remember(r, at);
  }

  /** Every digest recipient. */
  public List<Recipient> recipients() {
    return new DigestRecipients(sql).all();
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
    return new ChannelActivities(sql).in(filter);
  }
}
