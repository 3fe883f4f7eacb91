package org.dpcoach.insights;

import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.store.InsightsQueries.Comment;
import org.dpcoach.store.InsightsRecorder.Review;

/** The not-helpful comments of the insights page as HTML, each with its review buttons. */
final class CommentsHtml {
  private final KnowledgeBase kb;

  CommentsHtml(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The comments section, or a line saying there are none for these weeks. */
  void section(StringBuilder out, Report report, String token) {
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
      comment(out, c, report, token, team);
    }
    out.append("</ol>\n</section>\n");
  }

  private void comment(StringBuilder out, Comment c, Report report, String token, String team) {
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
        .append(InsightsPage.DAY.format(c.week()))
        .append(" · <span class=\"state\">")
        .append(stateLabel(c.review()))
        .append("</span></p>\n<form method=\"post\" action=\"/insights/review\">")
        .append(hidden("token", token))
        .append(hidden("id", Long.toString(c.id())))
        .append(hidden("from", report.from().toString()))
        .append(hidden("to", report.to().toString()))
        .append(hidden("team", team))
        .append("<button type=\"submit\" name=\"state\" value=\"REVIEWED\">Mark reviewed</button>")
        .append("<button type=\"submit\" name=\"state\" value=\"CONTENT_GAP\">Content gap</button>")
        .append("</form></li>\n");
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
}
