package org.dpcoach.insights;

import java.util.List;

/**
 * The page's figures as CSV, one line a value: {@code section,row,column,value}, exactly as shown
 * (rounded; hidden ones "fewer than 5"). Comments and unanswered text are not in it.
 */
final class InsightsCsv {
  private InsightsCsv() {}

  static String render(Report report) {
    StringBuilder out = new StringBuilder(32 * 1024);
    out.append("section,row,column,value\r\n");
    line(out, "range", "from", "", report.from().toString());
    line(out, "range", "to", "", report.to().toString());
    line(out, "range", "team", "", report.team().map(InsightsPage::teamLabel).orElse("All teams"));
    report.headline().forEach(e -> line(out, "headline", e.getKey(), "", e.getValue().text()));
    for (Table table : report.tables()) {
      List<String> header = table.header();
      for (Table.Row row : table.rows()) {
        for (int i = 0; i < row.values().size(); i++) {
          line(out, table.id(), row.label(), header.get(i + 1), row.values().get(i).text());
        }
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields[i]));
    }
    out.append("\r\n");
  }

  /** A quoted field; one that a spreadsheet would read as a formula gets a leading quote mark. */
  static String field(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
