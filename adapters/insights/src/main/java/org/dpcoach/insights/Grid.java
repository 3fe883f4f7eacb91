package org.dpcoach.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A two-way table of figures read from a {@link Tally} with its row, column and grand totals, and
 * the lines suppression checks: each row, each column, and the totals of each against the grand
 * total.
 */
final class Grid {
  final List<String> rows;
  final List<String> cols;
  final Figure[][] cells;
  final Figure[] rowTotals;
  final Figure[] colTotals;
  final Figure grand;

  /**
   * Reads the figures a tally holds under {@code List.of(tag, row, col)}, {@code List.of(tag +
   * "/r", row)}, {@code List.of(tag + "/c", col)} and {@code tag + "/all"}.
   */
  Grid(Tally tally, String tag, List<String> rows, List<String> cols) {
    this.rows = List.copyOf(rows);
    this.cols = List.copyOf(cols);
    cells = new Figure[rows.size()][cols.size()];
    rowTotals = new Figure[rows.size()];
    colTotals = new Figure[cols.size()];
    for (int r = 0; r < rows.size(); r++) {
      rowTotals[r] = tally.figure(List.of(tag + "/r", rows.get(r)));
      for (int c = 0; c < cols.size(); c++) {
        cells[r][c] = tally.figure(List.of(tag, rows.get(r), cols.get(c)));
      }
    }
    for (int c = 0; c < cols.size(); c++) {
      colTotals[c] = tally.figure(List.of(tag + "/c", cols.get(c)));
    }
    grand = tally.figure(tag + "/all");
  }

  /** Counts a group of rows into every figure of the grid it belongs to. */
  static void count(Tally tally, String tag, String row, String col, Tally.Counted counted) {
    tally.add(List.of(tag, row, col), counted);
    tally.add(List.of(tag + "/r", row), counted);
    tally.add(List.of(tag + "/c", col), counted);
    tally.add(tag + "/all", counted);
  }

  /** Counts one row of data into every figure of the grid it belongs to. */
  static void count(Tally tally, String tag, String row, String col, Tally.Who who) {
    tally.add(List.of(tag, row, col), who);
    tally.add(List.of(tag + "/r", row), who);
    tally.add(List.of(tag + "/c", col), who);
    tally.add(tag + "/all", who);
  }

  /** Every line of the grid, for {@link Suppression#apply}. */
  List<Suppression.Line> lines() {
    List<Suppression.Line> lines = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      lines.add(new Suppression.Line(Optional.of(rowTotals[r]), List.of(cells[r])));
    }
    for (int c = 0; c < cols.size(); c++) {
      List<Figure> column = new ArrayList<>();
      for (int r = 0; r < rows.size(); r++) {
        column.add(cells[r][c]);
      }
      lines.add(new Suppression.Line(Optional.of(colTotals[c]), column));
    }
    lines.add(new Suppression.Line(Optional.of(grand), List.of(rowTotals)));
    lines.add(new Suppression.Line(Optional.of(grand), List.of(colTotals)));
    return lines;
  }

  /** The grid as a table: a row per grid row with its total last, then the column totals. */
  List<Table.Row> tableRows(java.util.function.Function<String, String> label) {
    List<Table.Row> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<Table.Value> values = new ArrayList<>();
      for (Figure f : cells[r]) {
        values.add(Table.Value.of(f));
      }
      values.add(Table.Value.of(rowTotals[r]));
      out.add(new Table.Row(label.apply(rows.get(r)), values, false));
    }
    List<Table.Value> totals = new ArrayList<>();
    for (Figure f : colTotals) {
      totals.add(Table.Value.of(f));
    }
    totals.add(Table.Value.of(grand));
    out.add(new Table.Row("Total", totals, true));
    return out;
  }
}
