package org.dpcoach.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuppressionTest {

  private static Suppression.Line line(Figure total, Figure... parts) {
    return new Suppression.Line(Optional.of(total), List.of(parts));
  }

  @Test
  void apply_smallFigure_isHidden() {
    Figure small = new Figure(3, 3);
    Figure fewPeople = new Figure(40, 2);
    Figure fine = new Figure(12, 8);
    Suppression.apply(
        List.of(new Suppression.Line(Optional.empty(), List.of(small, fewPeople, fine))));
    assertThat(small.hidden).isTrue();
    assertThat(fewPeople.hidden).isTrue();
    assertThat(fine.hidden).isFalse();
  }

  @Test
  void apply_oneHiddenPartBesideAShownTotal_hidesTheNextSmallestToo() {
    Figure small = new Figure(2, 2);
    Figure mid = new Figure(9, 6);
    Figure big = new Figure(30, 20);
    Figure total = new Figure(41, 25);
    Suppression.apply(List.of(line(total, small, mid, big)));
    assertThat(small.hidden).isTrue();
    assertThat(mid.hidden).as("complementary").isTrue();
    assertThat(big.hidden).isFalse();
    assertThat(total.hidden).isFalse();
  }

  @Test
  void apply_zeroParts_areNeverHiddenOrPicked() {
    Figure zero = new Figure(0, 0);
    Figure small = new Figure(1, 1);
    Figure big = new Figure(30, 20);
    Figure total = new Figure(31, 20);
    Suppression.apply(List.of(line(total, zero, small, big)));
    assertThat(zero.hidden).isFalse();
    assertThat(big.hidden).isTrue();
  }

  @Test
  void apply_noOtherPartToHide_hidesTheTotal() {
    Figure small = new Figure(2, 2);
    Figure fewPeople = new Figure(30, 3);
    Figure total = new Figure(32, 5);
    Suppression.apply(List.of(line(total, small, new Figure(0, 0), fewPeople)));
    assertThat(small.hidden).isTrue();
    assertThat(fewPeople.hidden).isTrue();
    assertThat(total.hidden).as("two hidden parts, but no part with 5 people").isTrue();
  }

  @Test
  void apply_hiddenTotalBesideShownParts_hidesAPartToo() {
    Figure a = new Figure(10, 8);
    Figure b = new Figure(20, 9);
    Figure total = new Figure(30, 12);
    total.hidden = true; // hidden to protect another line it belongs to
    Suppression.apply(List.of(line(total, a, b)));
    assertThat(a.hidden).as("else the total is a + b").isTrue();
    assertThat(b.hidden).isFalse();
  }

  @Test
  void apply_twoWayTable_everyRowAndColumnWithAHiddenCellHasTwo() {
    // 3 x 3 cells, one small in the middle
    Figure[][] cells = new Figure[3][3];
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        cells[r][c] = new Figure(10 + r * 3 + c, 8);
      }
    }
    cells[1][1] = new Figure(2, 2);
    Figure[] rows = new Figure[3];
    Figure[] cols = new Figure[3];
    long grand = 0;
    for (int r = 0; r < 3; r++) {
      long sum = 0;
      for (int c = 0; c < 3; c++) {
        sum += cells[r][c].turns;
      }
      rows[r] = new Figure(sum, 20);
      grand += sum;
    }
    for (int c = 0; c < 3; c++) {
      long sum = 0;
      for (int r = 0; r < 3; r++) {
        sum += cells[r][c].turns;
      }
      cols[c] = new Figure(sum, 20);
    }
    Figure all = new Figure(grand, 50);
    List<Suppression.Line> lines = new java.util.ArrayList<>();
    for (int r = 0; r < 3; r++) {
      lines.add(line(rows[r], cells[r]));
    }
    for (int c = 0; c < 3; c++) {
      lines.add(line(cols[c], cells[0][c], cells[1][c], cells[2][c]));
    }
    lines.add(line(all, rows));
    lines.add(line(all, cols));
    Suppression.apply(lines);
    for (Suppression.Line l : lines) {
      long hidden = l.parts().stream().filter(f -> f.hidden).count();
      assertThat(hidden).as("line %s", l).isNotEqualTo(1L);
    }
    assertThat(cells[1][1].hidden).isTrue();
  }

  @Test
  void apply_loneUnpublishedRemainder_mayStandOnlyWhenItIsNotSmall() {
    Figure listed = new Figure(47, 30);
    Figure total = new Figure(50, 32);
    Suppression.Line unsafe = line(total, listed, Figure.remainder(3, 3));
    assertThat(Suppression.safe(unsafe)).isFalse();
    Suppression.Line safe = line(new Figure(67, 40), new Figure(47, 30), Figure.remainder(20, 12));
    assertThat(Suppression.safe(safe)).isTrue();
  }

  @Test
  void rounded_toTheNearestFive() {
    assertThat(
            List.of(5L, 6L, 7L, 8L, 12L, 13L, 100L, 102L, 103L).stream().map(Table.Value::rounded))
        .containsExactly(5L, 5L, 5L, 10L, 10L, 15L, 100L, 100L, 105L);
  }
}
