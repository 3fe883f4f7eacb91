package org.dpcoach.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a test set: a TSV file with the columns {@code id question expected acceptable}, and in
 * case-level sets a fifth column {@code case} and a sixth {@code nation} (the nation the question
 * names, for the self-described-nation rows).
 */
public final class HeldOutSet {
  private HeldOutSet() {}

  /** Reads every row after the header; malformed rows are reported with their line. */
  public static List<LabelledQuestion> read(Path tsv) {
    Problems problems = new Problems();
    List<LabelledQuestion> rows = read(tsv, problems);
    ValidationReport report = problems.report();
    if (report.hasErrors()) {
      throw new KnowledgeException(report);
    }
    return rows;
  }

  static List<LabelledQuestion> read(Path tsv, Problems problems) {
    List<String> lines;
    try {
      lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read test set " + tsv, e);
    }
    List<LabelledQuestion> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length < 3 || cells[1].isBlank() || cells[2].isBlank()) {
        problems.error(tsv.getFileName().toString(), i + 1, "needs id, question and expected");
        continue;
      }
      List<String> acceptable =
          cells.length > 3 && !cells[3].isBlank()
              ? Arrays.stream(cells[3].split(",")).map(String::trim).toList()
              : List.of();
      java.util.Optional<String> expectedCase =
          cells.length > 4 && !cells[4].isBlank()
              ? java.util.Optional.of(cells[4].trim())
              : java.util.Optional.empty();
      java.util.Optional<Jurisdiction> nation = java.util.Optional.empty();
      if (cells.length > 5 && !cells[5].isBlank()) {
        try {
          nation = java.util.Optional.of(Jurisdiction.parse(cells[5]));
        } catch (IllegalArgumentException e) {
          problems.error(tsv.getFileName().toString(), i + 1, e.getMessage());
        }
      }
      rows.add(
          new LabelledQuestion(
              cells[0].trim(), cells[1].trim(), cells[2].trim(), acceptable, expectedCase, nation));
    }
    return List.copyOf(rows);
  }
}
