package org.dpcoach.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems while a knowledge folder is read. */
final class Problems {
  private final List<Problem> found = new ArrayList<>();

  void error(String file, int line, String message) {
    found.add(new Problem(Problem.Severity.ERROR, file, line, message));
  }

  void warning(String file, int line, String message) {
    found.add(new Problem(Problem.Severity.WARNING, file, line, message));
  }

  ValidationReport report() {
    List<Problem> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparing(Problem::severity)
            .thenComparing(Problem::file)
            .thenComparingInt(Problem::line));
    return new ValidationReport(List.copyOf(sorted));
  }
}
