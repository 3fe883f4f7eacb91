package org.dpcoach.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in a knowledge folder, errors first. */
public record ValidationReport(List<Problem> problems) {

  /** Whether any problem is an error. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
  }

  /** The number of problems of the given severity. */
  public long count(Problem.Severity severity) {
    return problems.stream().filter(p -> p.severity() == severity).count();
  }

  /** One line per problem, then a count line. */
  public String format() {
    String lines = problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    String tally =
        count(Problem.Severity.ERROR) + " errors, " + count(Problem.Severity.WARNING) + " warnings";
    return lines.isEmpty() ? tally : lines + "\n" + tally;
  }
}
