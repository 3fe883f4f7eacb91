package org.dpcoach.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.model.Turn;
import org.dpcoach.knowledge.HeldOutSet;
import org.dpcoach.knowledge.LabelledQuestion;

/** {@code dpcoach eval FILE.tsv}: answers every question and prints the accuracy figures. */
final class EvalCommand {
  private EvalCommand() {}

  /** Runs {@code eval FILE.tsv [-v]} on a coach started from the configuration. */
  static int run(List<String> rest, AppConfig config, Clock clock, PrintStream out) {
    if (rest.isEmpty()) {
      throw new IllegalArgumentException(
          "eval needs a TSV file (columns: id question expected acceptable)");
    }
    return run(Coach.start(config, clock), Path.of(rest.get(0)), rest.contains("-v"), out);
  }

  static Evaluation evaluate(CoachEngine engine, List<LabelledQuestion> questions) {
    List<Evaluation.Outcome> outcomes = new ArrayList<>();
    for (LabelledQuestion q : questions) {
      outcomes.add(
          new Evaluation.Outcome(
              q, engine.handle(new Turn("eval", "eval-" + q.id(), q.question()))));
    }
    return new Evaluation(outcomes);
  }

  /** Prints the figures for the set (with every mistake when {@code verbose}); returns 0. */
  static int run(CoachEngine engine, Path tsv, boolean verbose, PrintStream out) {
    Evaluation e = evaluate(engine, HeldOutSet.read(tsv));
    printFigures(e, out);
    if (e.caseRows() > 0) {
      printGroups(e, out);
    }
    printLabels(e, out);
    if (verbose) {
      printMistakes(e, out);
    }
    if (verbose && e.caseRows() > 0) {
      printCaseMistakes(e, out);
    }
    return 0;
  }

  /** Accuracy, macro-F1, nation and case figures, the two routes that matter most, all routes. */
  private static void printFigures(Evaluation e, PrintStream out) {
    out.printf(Locale.ROOT, "questions: %d%n", e.size());
    out.printf(
        Locale.ROOT,
        "top-1 accuracy: %.3f (with acceptable alternatives: %.3f)%n",
        e.accuracy(),
        e.lenientAccuracy());
    out.printf(Locale.ROOT, "top-1 accuracy on practitioner topics: %.3f%n", e.topicAccuracy());
    out.printf(Locale.ROOT, "macro-F1: %.3f%n", e.macroF1());
    if (e.nationRows() > 0) {
      out.printf(
          Locale.ROOT,
          "self-described nation followed: %.3f over %d rows%n",
          e.nationAccuracy(),
          e.nationRows());
    }
    if (e.caseRows() > 0) {
      out.printf(
          Locale.ROOT,
          "case top-1 accuracy: %.3f over %d rows (%.3f where the topic was right)%n",
          e.caseAccuracy(),
          e.caseRows(),
          e.caseAccuracyGivenTopic());
    }
    printRoutes(e, out);
  }

  private static void printRoutes(Evaluation e, PrintStream out) {
    Evaluation.Score oos = e.score(Evaluation.OUT_OF_SCOPE);
    out.printf(
        Locale.ROOT, "out-of-scope: precision %.3f recall %.3f%n", oos.precision(), oos.recall());
    Evaluation.Score emergency = e.score(Evaluation.EMERGENCY);
    out.printf(
        Locale.ROOT,
        "safeguarding-emergency: precision %.3f recall %.3f%n",
        emergency.precision(),
        emergency.recall());
    out.println("routes: " + e.routes());
  }

  /** Topic and case accuracy per group of the case-level set. */
  private static void printGroups(Evaluation e, PrintStream out) {
    out.println();
    out.printf("%-32s %5s %9s %9s%n", "group", "rows", "topic", "case");
    e.byGroup()
        .forEach(
            (group, n) ->
                out.printf(
                    Locale.ROOT,
                    "%-32s %5d %9.3f %9.3f%n",
                    group,
                    n[0],
                    (double) n[1] / n[0],
                    (double) n[2] / n[0]));
  }

  /** Precision, recall and F1 per label, then the most confused pairs. */
  private static void printLabels(Evaluation e, PrintStream out) {
    out.println();
    out.printf("%-32s %9s %9s %9s %7s%n", "label", "precision", "recall", "f1", "support");
    for (Map.Entry<String, Evaluation.Score> entry : e.perLabel().entrySet()) {
      Evaluation.Score s = entry.getValue();
      out.printf(
          Locale.ROOT,
          "%-32s %9.3f %9.3f %9.3f %7d%n",
          entry.getKey(),
          s.precision(),
          s.recall(),
          s.f1(),
          s.support());
    }
    out.println();
    out.println("most confused (expected -> predicted):");
    e.confusions(12).forEach(c -> out.printf("  %3d  %s%n", c.getValue(), c.getKey()));
  }

  private static void printMistakes(Evaluation e, PrintStream out) {
    out.println();
    out.println("mistakes:");
    e.mistakes()
        .forEach(
            m ->
                out.printf(
                    Locale.ROOT,
                    "  %s [%s -> %s %.2f %s] %s%n",
                    m.question().id(),
                    m.question().expected(),
                    m.predicted(),
                    m.reply().confidence(),
                    m.reply().route().id(),
                    m.question().question()));
  }

  private static void printCaseMistakes(Evaluation e, PrintStream out) {
    out.println();
    out.println("case mistakes (topic right):");
    e.caseMistakes()
        .forEach(
            m ->
                out.printf(
                    Locale.ROOT,
                    "  %s [%s -> %s] %s%n",
                    m.question().id(),
                    m.question().expectedCase().orElse(""),
                    m.predictedCase().orElse("(topic summary)"),
                    m.question().question()));
  }
}
