package org.dpcoach.insights;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One table of the page, exactly as shown (and as its chart and the CSV read it): a caption, the
 * column headings, and rows of values, hidden ones already "fewer than 5".
 *
 * @param id the element id, also the CSV section
 * @param caption what the table shows
 * @param header the column headings (the first heads the row labels)
 * @param rows the rows; a total row comes last
 * @param chart how the page draws it
 * @param totalColumn whether the last column is a total (never drawn)
 */
record Table(
    String id,
    String caption,
    List<String> header,
    List<Row> rows,
    Chart chart,
    boolean totalColumn) {

  /** What hidden figures say. */
  static final String FEWER = "fewer than 5";

  /** Copies the lists. */
  Table {
    Objects.requireNonNull(chart, "chart must not be null");
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /**
   * How a table is drawn: a series per row, stacked ({@code STACKED}) or side by side ({@code
   * ROWS}), with the columns along the axis; a series per column with the rows along the axis
   * ({@code COLUMNS}); the last column as horizontal bars ({@code BARS}); or not at all. Total rows
   * and columns are never drawn.
   */
  enum Chart {
    STACKED,
    ROWS,
    COLUMNS,
    BARS,
    NONE;

    String attribute() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A row: its label, its values in column order, and whether it is the total row. */
  record Row(String label, List<Value> values, boolean total) {
    /** Copies the values. */
    Row {
      values = List.copyOf(values);
    }
  }

  /**
   * One shown value: its text, its number when it is a figure that may be drawn (null otherwise),
   * and whether it is hidden.
   */
  record Value(String text, Double number, boolean hidden) {
    /** How many people a figure is about, rounded to the nearest 5, or "fewer than 5". */
    static Value people(Figure f) {
      return f.published && f.people >= Suppression.K && f.turns >= Suppression.K
          ? count(rounded(f.people))
          : new Value(FEWER, null, true);
    }

    /** A count rounded to the nearest 5, or "fewer than 5" when hidden. */
    static Value of(Figure f) {
      return f.shown() ? count(rounded(f.turns)) : new Value(FEWER, null, true);
    }

    /**
     * A figure about people rounded to the nearest 5 (halves up), so that two pages' totals (two
     * date ranges, a team and all teams) cannot be subtracted to give an exact small number.
     */
    static long rounded(long n) {
      return (n + 2) / 5 * 5;
    }

    /** A plain count that is not about people (the coach's own posts). */
    static Value count(long n) {
      return new Value(String.format(Locale.UK, "%,d", n), (double) n, false);
    }

    /** A percentage, to one decimal place. */
    static Value percent(double share) {
      double pct = Math.round(share * 1000) / 10.0;
      return new Value(String.format(Locale.UK, "%.1f%%", pct), pct, false);
    }

    /** Text that is not drawn. */
    static Value text(String text) {
      return new Value(text, null, false);
    }

    /** A hidden rate or figure. */
    static Value hiddenValue() {
      return new Value(FEWER, null, true);
    }
  }
}
