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
import org.dpcoach.knowledge.Case;
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
  static final int TOP_CASES = 10;
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
    List<String> weeks = new ArrayList<>();
    for (LocalDate w = first; !w.isAfter(last); w = w.plusWeeks(1)) {
      weeks.add(w.toString());
    }
    Tally tally = new Tally();
    Set<String> topics = new HashSet<>();
    cube.each(
        filter,
        (t, counted) -> {
          if (t.route().equals("smalltalk")) {
            return;
          }
          tally.add("people", counted);
          if (t.route().equals("answer")) {
            topics.add(t.topic());
            Grid.count(tally, "A", t.topic(), t.week(), counted);
            tally.add(
                t.caseId() == null ? List.of("nocase", t.topic()) : List.of("case", t.caseId()),
                counted);
          } else if (ROUTES.contains(t.route())) {
            Grid.count(tally, "E", t.route(), t.week(), counted);
          }
        });
    List<String> topicOrder = new ArrayList<>(topics);
    topicOrder.sort(
        Comparator.comparingLong((String t) -> -tally.figure(List.of("A/r", t)).turns)
            .thenComparing(t -> t));
    Grid weekly = new Grid(tally, "A", topicOrder, weeks);
    Grid routes = new Grid(tally, "E", ROUTES, weeks);
    List<Suppression.Line> lines = new ArrayList<>(weekly.lines());
    lines.addAll(routes.lines());
    Suppression.apply(lines);
    FeedbackSection feedback = new FeedbackSection(queries, kb, filter);
    Optional<Themes.Result> themes =
        unansweredKept ? Optional.of(Themes.of(queries.unanswered(filter))) : Optional.empty();
    Figure people = tally.figure("people");
    return new Report(
        first,
        last,
        team,
        cube.teams(),
        List.of(
            Map.entry("Questions answered", Table.Value.of(weekly.grand)),
            Map.entry("People who asked", Table.Value.people(people)),
            Map.entry("Not-helpful rate", feedback.overallRate())),
        weeklyTable(weekly, weeks),
        casesTable(tally, weekly),
        feedback.table(),
        feedback.comments(),
        themes.map(Themes.Result::table),
        themes.map(Themes.Result::examples).orElse(Map.of()),
        routesTable(routes, weeks),
        ReviewDue.table(kb, today),
        practiceTable(queries.channelActivity(filter)));
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

  /**
   * The most-answered cases that can be shown: each at least 5 questions and people, and, for every
   * topic whose total is shown, what its listed cases leave over is none or itself at least 5 (else
   * the smallest listed case of that topic is left out, and the check runs again).
   */
  private Table casesTable(Tally tally, Grid weekly) {
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
                  Table.Value.text(topicTitle(c.map(Case::topic).orElse(""))),
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
