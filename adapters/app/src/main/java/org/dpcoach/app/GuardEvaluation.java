package org.dpcoach.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dpcoach.core.guard.Finding;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.guard.Redaction;
import org.dpcoach.support.Json;

/**
 * Scores the guard on a labelled set (JSON lines {@code {"id", "text", "pii": [{"kind",
 * "value"}]}}): message-level recall and precision, recall per kind, and whether any NHS number,
 * phone, e-mail or postcode value survives redaction.
 */
final class GuardEvaluation {
  private static final Set<String> MUST_NOT_SURVIVE =
      Set.of("nhs_number", "phone", "email", "postcode");

  record Expected(String kind, String value) {}

  record Message(String id, String text, List<Expected> pii) {}

  int withPii;
  int caught;
  int flagged;
  int flaggedCorrectly;
  final List<String> survivors = new ArrayList<>();
  final List<String> missed = new ArrayList<>();
  final List<String> falseAlarms = new ArrayList<>();
  final Map<String, int[]> perKind = new TreeMap<>();

  static List<Message> read(Path file) throws IOException {
    List<Message> messages = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode json = Json.MAPPER.readTree(line);
      List<Expected> pii = new ArrayList<>();
      json.path("pii")
          .forEach(p -> pii.add(new Expected(p.path("kind").asText(), p.path("value").asText())));
      messages.add(new Message(json.path("id").asText(), json.path("text").asText(), pii));
    }
    return messages;
  }

  static GuardEvaluation run(PersonalDataGuard guard, List<Message> messages) {
    GuardEvaluation e = new GuardEvaluation();
    messages.forEach(m -> e.score(m, guard.redact(m.text())));
    return e;
  }

  private void score(Message m, Redaction r) {
    boolean hasPii = !m.pii().isEmpty();
    if (r.foundAny()) {
      flagged++;
      if (hasPii) {
        flaggedCorrectly++;
      } else {
        falseAlarms.add(m.id());
      }
    }
    if (!hasPii) {
      return;
    }
    withPii++;
    boolean all = true;
    for (Expected x : m.pii()) {
      boolean covered = covered(m.text(), x.value(), r.findings());
      int[] tally = perKind.computeIfAbsent(x.kind(), k -> new int[2]);
      tally[0] += covered ? 1 : 0;
      tally[1]++;
      all &= covered;
      if (MUST_NOT_SURVIVE.contains(x.kind()) && r.redacted().contains(x.value())) {
        survivors.add(m.id() + " " + x.kind());
      }
    }
    if (all) {
      caught++;
    } else {
      missed.add(m.id());
    }
  }

  /** Whether every occurrence of the value lies inside found spans. */
  private static boolean covered(String text, String value, List<Finding> findings) {
    int from = text.indexOf(value);
    if (from < 0) {
      return false;
    }
    while (from >= 0) {
      for (int i = from; i < from + value.length(); i++) {
        final int at = i;
        if (!Character.isWhitespace(text.charAt(at))
            && findings.stream().noneMatch(f -> f.start() <= at && at < f.end())) {
          return false;
        }
      }
      from = text.indexOf(value, from + 1);
    }
    return true;
  }

  double recall() {
    return withPii == 0 ? 0 : (double) caught / withPii;
  }

  double precision() {
    return flagged == 0 ? 0 : (double) flaggedCorrectly / flagged;
  }

  void print(PrintStream out, boolean verbose) {
    out.printf(
        Locale.ROOT, "messages with personal data: %d, caught completely: %d%n", withPii, caught);
    out.printf(
        Locale.ROOT,
        "message-level recall: %.3f, precision: %.3f (%d flagged)%n",
        recall(),
        precision(),
        flagged);
    perKind.forEach(
        (kind, t) -> out.printf(Locale.ROOT, "  %-11s %3d/%3d values covered%n", kind, t[0], t[1]));
    out.println(
        "NHS number, phone, e-mail or postcode values surviving redaction: " + survivors.size());
    if (verbose) {
      out.println("missed: " + missed);
      out.println("false alarms: " + falseAlarms);
      out.println("survivors: " + survivors);
    }
  }
}
