package org.dpcoach.insights;

/**
 * One section of the insights page as HTML: its chart beside its table when there is something to
 * draw (the chart is drawn by {@code insights.js} from the table), else the note above the table.
 */
final class TableHtml {
  private TableHtml() {}

  static void section(StringBuilder out, Table table, String note) {
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

  private static void table(StringBuilder out, Table table) {
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
      row(out, row);
    }
    out.append("</tbody>\n</table>\n</div>\n");
  }

  /** One row; a hidden figure has an empty data value, so the chart leaves it out. */
  private static void row(StringBuilder out, Table.Row row) {
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

  private static String plain(double n) {
    return n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n);
  }
}
