package org.dpcoach.insights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.dpcoach.store.InsightsQueries;
import org.dpcoach.store.InsightsQueries.Filter;
import org.dpcoach.store.InsightsQueries.Team;
import org.dpcoach.store.InsightsQueries.TurnRow;
import org.dpcoach.store.InsightsRecorder;

/**
 * The turns the page counts, held in memory already grouped by week, team, route, topic and case,
 * each group with its count and the people behind it (a bit set of person numbers per month), so a
 * year for thousands of people is counted in milliseconds rather than read from the database on
 * every page. The first page reads every kept turn; later pages read only what is new. Turns more
 * than {@value #SETTLE_HOURS} hours old are taken as final (a turn is written within milliseconds
 * of its hour); younger ones are read again on every page, so turns from every instance sharing the
 * database are counted.
 */
final class TurnCube {
  static final int SETTLE_HOURS = 2;

  private final InsightsQueries queries;
  private final Clock clock;
  private final Map<String, String> strings = new HashMap<>();
  private final Map<String, Integer> months = new HashMap<>();
  private final List<Map<String, Integer>> persons = new ArrayList<>();
  private final Map<Cell, Tally.Counted> settled = new HashMap<>();
  private Map<Cell, Tally.Counted> recent = new HashMap<>();
  private Instant settledUpTo = Instant.EPOCH;

  TurnCube(InsightsQueries queries, Clock clock) {
    this.queries = queries;
    this.clock = clock;
  }

  /**
   * One group of turns: a week (its Monday, ISO), a team, a route, a topic and a case (or null).
   */
  record Cell(String week, String team, String route, String topic, String caseId) {}

  /**
   * Hands every group in the range's weeks and the team to {@code each}: the settled ones from
   * memory, then the recent ones read again. The range is taken in whole weeks.
   */
  synchronized void each(Filter filter, BiConsumer<Cell, Tally.Counted> each) {
    refresh();
    String first = InsightsRecorder.week(filter.from()).toString();
    String last = InsightsRecorder.week(filter.to().minusSeconds(1)).toString();
    Optional<String> team = filter.team().map(TurnCube::key);
    for (Map<Cell, Tally.Counted> cells : List.of(settled, recent)) {
      cells.forEach(
          (cell, counted) -> {
            if (cell.week().compareTo(first) >= 0
                && cell.week().compareTo(last) <= 0
                && (team.isEmpty() || team.get().equals(cell.team()))) {
              each.accept(cell, counted);
            }
          });
    }
  }

  /**
   * Reads what is new: turns that have settled since the last read are added for good, the recent
   * ones are read again. The first call reads every kept turn (the app calls it once at start).
   */
  synchronized void refresh() {
    Instant now = clock.instant();
    Instant cutoff = now.minus(Duration.ofHours(SETTLE_HOURS)).truncatedTo(ChronoUnit.HOURS);
    if (settledUpTo.isBefore(cutoff)) {
      queries.eachTurn(new Filter(settledUpTo, cutoff, Optional.empty()), r -> add(settled, r));
      settledUpTo = cutoff;
    }
    recent = new HashMap<>();
    queries.eachTurn(
        new Filter(settledUpTo, now.plus(Duration.ofDays(1)), Optional.empty()),
        r -> add(recent, r));
  }

  /** Every team that has asked anything. */
  synchronized List<Team> teams() {
    List<Team> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.TreeSet<>();
    settled.keySet().forEach(c -> seen.add(c.team()));
    recent.keySet().forEach(c -> seen.add(c.team()));
    for (String key : seen) {
      int at = key.indexOf(':');
      out.add(new Team(key.substring(0, at), key.substring(at + 1)));
    }
    return out;
  }

  private void add(Map<Cell, Tally.Counted> cells, TurnRow row) {
    Cell cell =
        new Cell(
            intern(row.week().toString()),
            intern(row.platform() + ":" + row.workspace()),
            intern(row.route()),
            intern(row.topic()),
            row.caseId() == null ? null : intern(row.caseId()));
    int month = months.computeIfAbsent(row.month(), m -> months.size());
    if (month == persons.size()) {
      persons.add(new HashMap<>());
    }
    Map<String, Integer> ids = persons.get(month);
    Integer person = ids.get(row.person());
    if (person == null) {
      person = ids.size();
      ids.put(row.person(), person);
    }
    cells.computeIfAbsent(cell, c -> new Tally.Counted()).add(month, person);
  }

  private String intern(String text) {
    String known = strings.putIfAbsent(text, text);
    return known == null ? text : known;
  }

  private static String key(Team t) {
    return t.platform() + ":" + t.workspace();
  }
}
