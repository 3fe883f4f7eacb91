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
import org.dpcoach.store.InsightsQueries.Comment;
import org.dpcoach.store.InsightsQueries.Team;
import org.dpcoach.store.InsightsRecorder.Review;

/**
 * The insights page as HTML: the filter, the headline figures, and each section's chart beside its
 * table (the chart is drawn by {@code insights.js} from the table itself, so they always agree),
 * the not-helpful comments with their review buttons, and the unanswered themes when kept. No
 * inline script or style: the page's content security policy allows only the app's own files.
 */
final class InsightsPage {
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private final KnowledgeBase kb;

  InsightsPage(KnowledgeBase kb) {
    this.kb = kb;
  }

  String render(Report report, String token) {
    StringBuilder out = new StringBuilder(64 * 1024);
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
    filter(out, report, token);
    headline(out, report);
    section(out, report.weekly(), "Each bar is one week; each colour one topic.");
    section(out, report.cases(), "The case questions are the knowledge's own wording.");
    section(out, report.feedback(), "Not-helpful rate: Not helpful votes out of all votes.");
    comments(out, report, token);
    if (report.themes().isPresent()) {
      section(
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
    section(out, report.routes(), "Counts only: nothing of what was asked.");
    section(out, report.reviewDue(), "From the knowledge's review dates.");
    section(
        out,
        report.practice(),
        "Tips the coach posted and sessions it ran in each channel (kept for the retention period).");
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
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
    for (Team t : report.teams()) {
      String value = teamParam(t);
      out.append("<option value=\"")
          .append(Html.esc(value))
          .append(value.equals(team) ? "\" selected>" : "\">")
          .append(Html.esc(teamLabel(t)))
          .append("</option>\n");
    }
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

  private static void section(StringBuilder out, Table table, String note) {
    out.append("<section id=\"s-").append(table.id()).append("\">\n<h2>");
    out.append(Html.esc(table.caption())).append("</h2>\n");
    boolean drawn = table.chart() != Table.Chart.NONE && !table.rows().isEmpty();
    out.append(drawn ? "<div class=\"pair\">\n" : "<div class=\"single\">\n");
    if (drawn) {
      out.append("<figure class=\"chart\"><div class=\"canvas\" id=\"chart-")
          .append(table.id())
          .append("\" role=\"img\" aria-label=\"Chart of the table beside it: ")
          .append(Html.esc(table.caption()))
          .append("\"></div><figcaption>")
          .append(Html.esc(note))
          .append(
              " Figures shown as <q>fewer than 5</q> are left out of the chart.</figcaption></figure>\n");
    } else {
      out.append("<p class=\"note\">").append(Html.esc(note)).append("</p>\n");
    }
    table(out, table);
    out.append("</div>\n</section>\n");
  }

  static void table(StringBuilder out, Table table) {
    out.append("<div class=\"table-wrap\" tabindex=\"0\">\n<table id=\"")
        .append(table.id())
        .append("\" data-chart=\"")
        .append(table.chart().attribute())
        .append("\" data-total-column=\"")
        .append(table.totalColumn())
        .append("\">\n<caption>")
        .append(Html.esc(table.caption()))
        .append("</caption>\n<thead><tr>");
    for (String h : table.header()) {
      out.append("<th scope=\"col\">").append(Html.esc(h)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    if (table.rows().isEmpty()) {
      out.append("<tr><td colspan=\"")
          .append(table.header().size())
          .append("\">Nothing to show for these weeks.</td></tr>\n");
    }
    for (Table.Row row : table.rows()) {
      out.append(row.total() ? "<tr class=\"total\">" : "<tr>")
          .append("<th scope=\"row\">")
          .append(Html.esc(row.label()))
          .append("</th>");
      for (Table.Value v : row.values()) {
        out.append("<td");
        if (v.hidden()) {
          out.append(" class=\"fewer\" data-value=\"\"");
        } else if (v.number() != null) {
          out.append(" data-value=\"").append(plain(v.number())).append('"');
        }
        out.append('>').append(Html.esc(v.text())).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</div>\n");
  }

  private void comments(StringBuilder out, Report report, String token) {
    out.append("<section id=\"s-comments\">\n<h2>What people said was missing</h2>\n")
        .append(
            "<p class=\"note\">Redacted comments from Not helpful votes, for topics where at least 5")
        .append(
            " people said Not helpful. Mark each one reviewed, or a content gap for the knowledge")
        .append(" owners (<code>./dpcoach insights export</code>).</p>\n");
    if (report.comments().isEmpty()) {
      out.append("<p>None to show for these weeks.</p>\n</section>\n");
      return;
    }
    String team = report.team().map(InsightsPage::teamParam).orElse("");
    out.append("<ol class=\"comments\">\n");
    for (Comment c : report.comments()) {
      out.append("<li data-comment=\"")
          .append(c.id())
          .append("\"><blockquote>")
          .append(Html.esc(c.text()))
          .append("</blockquote>\n<p class=\"meta\">")
          .append(Html.esc(kb.entry(c.topic()).map(t -> t.title()).orElse(c.topic())));
      c.caseId()
          .flatMap(kb::caseById)
          .ifPresent(k -> out.append(" · ").append(Html.esc(k.question())));
      out.append(" · week of ")
          .append(DAY.format(c.week()))
          .append(" · <span class=\"state\">")
          .append(stateLabel(c.review()))
          .append("</span></p>\n<form method=\"post\" action=\"/insights/review\">")
          .append(hidden("token", token))
          .append(hidden("id", Long.toString(c.id())))
          .append(hidden("from", report.from().toString()))
          .append(hidden("to", report.to().toString()))
          .append(hidden("team", team))
          .append(
              "<button type=\"submit\" name=\"state\" value=\"REVIEWED\">Mark reviewed</button>")
          .append(
              "<button type=\"submit\" name=\"state\" value=\"CONTENT_GAP\">Content gap</button>")
          .append("</form></li>\n");
    }
    out.append("</ol>\n</section>\n");
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

  static String stateLabel(Review review) {
    return switch (review) {
      case NEW -> "New";
      case REVIEWED -> "Reviewed";
      case CONTENT_GAP -> "Content gap";
    };
  }

  private static String hidden(String name, String value) {
    return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + Html.esc(value) + "\">";
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

  private static String plain(double n) {
    return n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n);
  }
}
