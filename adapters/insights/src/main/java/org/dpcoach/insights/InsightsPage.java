package org.dpcoach.insights;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.store.InsightsQueries.Team;

/**
 * The insights page as HTML: the filter, the headline figures, and each section's chart beside its
 * table (the chart is drawn by {@code insights.js} from the table itself, so they always agree),
 * the not-helpful comments with their review buttons, and the unanswered themes when kept. No
 * inline script or style: the page's content security policy allows only the app's own files.
 */
final class InsightsPage {
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private final CommentsHtml comments;

  InsightsPage(KnowledgeBase kb) {
    this.comments = new CommentsHtml(kb);
  }

  /** The whole page for the report, its links and forms carrying the token. */
  String render(Report report, String token) {
    StringBuilder out = new StringBuilder(64 * 1024);
    head(out);
    filter(out, report, token);
    headline(out, report);
    TableHtml.section(out, report.weekly(), "Each bar is one week; each colour one topic.");
    TableHtml.section(out, report.cases(), "The case questions are the knowledge's own wording.");
    TableHtml.section(
        out, report.feedback(), "Not-helpful rate: Not helpful votes out of all votes.");
    comments.section(out, report, token);
    themes(out, report);
    TableHtml.section(out, report.routes(), "Counts only: nothing of what was asked.");
    TableHtml.section(out, report.reviewDue(), "From the knowledge's review dates.");
    TableHtml.section(
        out,
        report.practice(),
        "Tips the coach posted and sessions it ran in each channel (kept for the retention period).");
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void head(StringBuilder out) {
    out.append(
        """
        <!doctype html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>dpcoach insights</title>
        <link rel="stylesheet" href="/insights/assets/insights.css">
        <script src="/insights/assets/echarts.min.js" defer></script>
        <script src="/insights/assets/insights.js" defer></script>
        </head>
        <body>
        <header>
        <h1>What people ask the coach</h1>
        <p class="lede">Counts only: no message, no name and no person is ever shown. Figures are
        rounded to the nearest 5; any figure about fewer than 5 people or questions shows as
        <q>fewer than 5</q>, and others are hidden where it could otherwise be worked out.</p>
        </header>
        <main>
        """);
  }

  /** The unanswered themes with their examples when kept, else why they are not. */
  private static void themes(StringBuilder out, Report report) {
    if (report.themes().isPresent()) {
      TableHtml.section(
          out,
          report.themes().get(),
          "From the redacted text of questions answered with \"did you mean\" or as out of"
              + " scope, kept for 30 days because your organisation switched it on.");
      examples(out, report.examples());
    } else {
      out.append(
          "<section id=\"s-themes\"><h2>Unanswered themes</h2><p>Not kept: the text of"
              + " unanswered questions is kept only when the coach's settings switch it on"
              + " (DPCOACH_INSIGHTS_KEEP_UNANSWERED=true), and then for 30 days.</p></section>\n");
    }
  }

  private void filter(StringBuilder out, Report report, String token) {
    String team = report.team().map(InsightsPage::teamParam).orElse("");
    out.append("<form class=\"filter\" method=\"get\" action=\"/insights\">\n")
        .append("<input type=\"hidden\" name=\"token\" value=\"")
        .append(Html.esc(token))
        .append("\">\n<label>From <input type=\"date\" name=\"from\" value=\"")
        .append(report.from())
        .append("\"></label>\n<label>To <input type=\"date\" name=\"to\" value=\"")
        .append(report.to())
        .append(
            "\"></label>\n<label>Team <select name=\"team\">\n<option value=\"\">All teams</option>\n");
    teamOptions(out, report.teams(), team);
    out.append("</select></label>\n<button type=\"submit\">Show</button>\n")
        .append("<a class=\"csv\" href=\"/insights.csv?")
        .append(Html.esc(query(token, report.from(), report.to(), team)))
        .append("\" download>Download CSV</a>\n")
        .append("<p class=\"range\">Weeks from Monday ")
        .append(DAY.format(report.from()))
        .append(" to Sunday ")
        .append(DAY.format(report.to()))
        .append(" (whole weeks, London time).</p>\n</form>\n");
  }

  private static void teamOptions(StringBuilder out, List<Team> teams, String selected) {
    for (Team t : teams) {
      String value = teamParam(t);
      out.append("<option value=\"")
          .append(Html.esc(value))
          .append(value.equals(selected) ? "\" selected>" : "\">")
          .append(Html.esc(teamLabel(t)))
          .append("</option>\n");
    }
  }

  private static void headline(StringBuilder out, Report report) {
    out.append("<section class=\"headline\" aria-label=\"Overall figures\">\n<dl>\n");
    for (Map.Entry<String, Table.Value> e : report.headline()) {
      out.append("<div><dt>")
          .append(Html.esc(e.getKey()))
          .append("</dt><dd")
          .append(e.getValue().hidden() ? " class=\"fewer\"" : "")
          .append(">")
          .append(Html.esc(e.getValue().text()))
          .append("</dd></div>\n");
    }
    out.append("</dl>\n</section>\n");
  }

  private static void examples(StringBuilder out, Map<String, List<String>> examples) {
    if (examples.isEmpty()) {
      return;
    }
    out.append("<section id=\"s-examples\" aria-label=\"Examples of unanswered themes\">\n");
    examples.forEach(
        (theme, texts) -> {
          out.append("<details><summary>Examples for <q>")
              .append(Html.esc(theme))
              .append("</q></summary><ul>");
          texts.forEach(t -> out.append("<li>").append(Html.esc(t)).append("</li>"));
          out.append("</ul></details>\n");
        });
    out.append("</section>\n");
  }

  static String teamParam(Team team) {
    return team.platform() + ":" + team.workspace();
  }

  static Optional<Team> team(String param) {
    if (param == null || param.isBlank() || !param.contains(":")) {
      return Optional.empty();
    }
    int at = param.indexOf(':');
    return Optional.of(new Team(param.substring(0, at), param.substring(at + 1)));
  }

  static String teamLabel(Team team) {
    String where = ReportBuilder.platformLabel(team.platform());
    return team.workspace().isEmpty() ? where : where + " · " + team.workspace();
  }

  /** The query string of the page or the CSV for the token, range and team. */
  static String query(String token, LocalDate from, LocalDate to, String team) {
    return "token="
        + URLEncoder.encode(token, StandardCharsets.UTF_8)
        + "&from="
        + from
        + "&to="
        + to
        + (team.isEmpty() ? "" : "&team=" + URLEncoder.encode(team, StandardCharsets.UTF_8));
  }
}
