package org.dpcoach.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.Topic;
import org.dpcoach.store.InsightsQueries;
import org.dpcoach.store.InsightsQueries.Filter;
import org.dpcoach.store.InsightsQueries.Team;
import org.dpcoach.store.InsightsRecorder;

/**
 * Builds the report for a date range and team: one pass over the turns (held in memory by the
 * {@link TurnCube}) and one over the feedback, counted into grids, suppressed, then laid out as
 * tables.
 */
final class ReportBuilder {
  static final List<String> ROUTES = List.of("clarify", "fallback", "escalate");

  private final InsightsQueries queries;
  private final TurnCube cube;
  private final KnowledgeBase kb;
  private final boolean unansweredKept;

  ReportBuilder(InsightsQueries queries, TurnCube cube, KnowledgeBase kb, boolean unansweredKept) {
    this.queries = queries;
    this.cube = cube;
    this.kb = kb;
    this.unansweredKept = unansweredKept;
  }

  /** Reads every kept turn into memory, so the first page is as quick as the next. */
  void warmUp() {
    cube.refresh();
  }

  /** The report for whole weeks from the week of {@code from} to the week of {@code to}. */
  Report build(LocalDate from, LocalDate to, Optional<Team> team, LocalDate today) {
    LocalDate first = InsightsRecorder.week(start(from));
    LocalDate last = InsightsRecorder.week(start(to)).plusDays(6);
    Filter filter = new Filter(start(first), start(last.plusDays(1)), team);
    List<String> weeks = weeks(first, last);
    Counts counts = count(filter, weeks);
    FeedbackSection feedback = new FeedbackSection(queries, kb, filter);
    Optional<Themes.Result> themes =
        unansweredKept ? Optional.of(Themes.of(queries.unanswered(filter))) : Optional.empty();
    return new Report(
        first,
        last,
        team,
        cube.teams(),
        headlines(counts, feedback),
        weeklyTable(counts.weekly(), weeks),
        new TopCases(kb, this::topicTitle).table(counts.tally(), counts.weekly()),
        feedback.table(),
        feedback.comments(),
        themes.map(Themes.Result::table),
        themes.map(Themes.Result::examples).orElse(Map.of()),
        routesTable(counts.routes(), weeks),
        ReviewDue.table(kb, today),
        practiceTable(queries.channelActivity(filter)));
  }

  /** The turns counted into a tally and read into suppressed grids of answers and other routes. */
  private record Counts(Tally tally, Grid weekly, Grid routes) {}

  private static List<String> weeks(LocalDate first, LocalDate last) {
    List<String> weeks = new ArrayList<>();
    for (LocalDate w = first; !w.isAfter(last); w = w.plusWeeks(1)) {
      weeks.add(w.toString());
    }
    return weeks;
  }

  /** Counts the filtered turns, then reads and suppresses the weekly and routes grids. */
  private Counts count(Filter filter, List<String> weeks) {
    Tally tally = new Tally();
    Set<String> topics = new HashSet<>();
    cube.each(filter, (t, counted) -> countTurns(tally, topics, t, counted));
    Grid weekly = new Grid(tally, "A", byAnswers(topics, tally), weeks);
    Grid routes = new Grid(tally, "E", ROUTES, weeks);
    List<Suppression.Line> lines = new ArrayList<>(weekly.lines());
    lines.addAll(routes.lines());
    Suppression.apply(lines);
    return new Counts(tally, weekly, routes);
  }

  /**
   * Counts a group of turns (small talk aside) into people, answers by topic and case, or routes.
   */
  private static void countTurns(
      Tally tally, Set<String> topics, TurnCube.Cell t, Tally.Counted counted) {
    if (t.route().equals("smalltalk")) {
      return;
    }
    tally.add("people", counted);
    if (t.route().equals("answer")) {
      topics.add(t.topic());
      Grid.count(tally, "A", t.topic(), t.week(), counted);
      tally.add(
          t.caseId() == null ? List.of("nocase", t.topic()) : List.of("case", t.caseId()), counted);
    } else if (ROUTES.contains(t.route())) {
      Grid.count(tally, "E", t.route(), t.week(), counted);
    }
  }

  /** The topics, most answered first, then by id. */
  private static List<String> byAnswers(Set<String> topics, Tally tally) {
    List<String> topicOrder = new ArrayList<>(topics);
    topicOrder.sort(
        Comparator.comparingLong((String t) -> -tally.figure(List.of("A/r", t)).turns)
            .thenComparing(t -> t));
    return topicOrder;
  }

  /** The page's headline figures: questions answered, people who asked, not-helpful rate. */
  private static List<Map.Entry<String, Table.Value>> headlines(
      Counts counts, FeedbackSection feedback) {
    Figure people = counts.tally().figure("people");
    return List.of(
        Map.entry("Questions answered", Table.Value.of(counts.weekly().grand)),
        Map.entry("People who asked", Table.Value.people(people)),
        Map.entry("Not-helpful rate", feedback.overallRate()));
  }

  static Instant start(LocalDate day) {
    return day.atStartOfDay(InsightsRecorder.ZONE).toInstant();
  }

  private Table weeklyTable(Grid grid, List<String> weeks) {
    List<String> header = new ArrayList<>(List.of("Topic"));
    weeks.forEach(w -> header.add("w/c " + w));
    header.add("Total");
    return new Table(
        "weekly",
        "Questions answered per week, by topic",
        header,
        grid.tableRows(this::topicTitle),
        Table.Chart.STACKED,
        true);
  }

  private Table routesTable(Grid grid, List<String> weeks) {
    List<String> header = new ArrayList<>(List.of("What happened"));
    weeks.forEach(w -> header.add("w/c " + w));
    header.add("Total");
    return new Table(
        "routes",
        "Questions the coach did not answer from a topic, per week (counts only)",
        header,
        grid.tableRows(ReportBuilder::routeLabel),
        Table.Chart.ROWS,
        true);
  }

  static String routeLabel(String route) {
    return switch (route) {
      case "clarify" -> "Not sure: asked \"did you mean\"";
      case "fallback" -> "Out of scope";
      case "escalate" -> "Escalated (immediate risk: duty team and 999)";
      default -> route;
    };
  }

  private Table practiceTable(List<InsightsQueries.ChannelActivity> activity) {
    List<Table.Row> rows = new ArrayList<>();
    for (InsightsQueries.ChannelActivity a : activity) {
      rows.add(
          new Table.Row(
              platformLabel(a.platform()) + " " + a.channel(),
              List.of(
                  Table.Value.count(a.tipsPosted()),
                  Table.Value.count(a.sessionsRun()),
                  Table.Value.count(a.sessionsCompleted())),
              false));
    }
    return new Table(
        "practice",
        "Tips posted and group supervision sessions, per channel (the coach's own posts, not people)",
        List.of("Channel", "Tips posted", "Sessions run", "Sessions completed"),
        rows,
        Table.Chart.COLUMNS,
        false);
  }

  String topicTitle(String id) {
    return kb.entry(id).map(Topic::title).orElse(id);
  }

  static String platformLabel(String platform) {
    return switch (platform) {
      case "slack" -> "Slack";
      case "teams" -> "Teams";
      case "web" -> "Web chat";
      default -> platform;
    };
  }
}
