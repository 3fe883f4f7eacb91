package org.dpcoach.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.store.InsightsQueries.Comment;
import org.dpcoach.store.InsightsQueries.Team;

/**
 * Everything the page (and the CSV) shows for one date range and team, already suppressed and
 * rounded.
 *
 * @param from the first day (a Monday)
 * @param to the last day (a Sunday)
 * @param team the team shown, or every team
 * @param teams the teams to choose from
 * @param headline a few overall figures (label, value)
 * @param comments the not-helpful comments champions may read (topics with at least 5 people)
 * @param themes unanswered themes, when the employer keeps unanswered questions
 * @param examples a theme's example questions (redacted), newest first
 */
record Report(
    LocalDate from,
    LocalDate to,
    Optional<Team> team,
    List<Team> teams,
    List<Map.Entry<String, Table.Value>> headline,
    Table weekly,
    Table cases,
    Table feedback,
    List<Comment> comments,
    Optional<Table> themes,
    Map<String, List<String>> examples,
    Table routes,
    Table reviewDue,
    Table practice) {

  /** Every table, in page order. */
  List<Table> tables() {
    return themes.isPresent()
        ? List.of(weekly, cases, feedback, themes.get(), routes, reviewDue, practice)
        : List.of(weekly, cases, feedback, routes, reviewDue, practice);
  }
}
