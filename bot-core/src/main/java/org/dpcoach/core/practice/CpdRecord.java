package org.dpcoach.core.practice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dpcoach.knowledge.Jurisdiction;
import org.dpcoach.knowledge.Scenario;
import org.dpcoach.knowledge.SourceRef;

/**
 * A draft CPD record: what I did, what I learned, the impact on my practice, and whether it was
 * peer reflection (group supervision is), with the sources that apply in the member's nation. The
 * member edits it before recording it with their regulator. Its words are the knowledge's.
 */
public record CpdRecord(
    String title,
    LocalDate date,
    String whatIDid,
    String whatILearned,
    String impactOnPractice,
    boolean peerReflection,
    List<String> standards) {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** Copies the list. */
  public CpdRecord {
    standards = List.copyOf(standards);
  }

  /** The draft for a member in the given nation who took part in a session on the scenario. */
  static CpdRecord groupSupervision(
      Scenario scenario, LocalDate date, int contributions, Jurisdiction nation, Texts texts) {
    String did = did(scenario, contributions, texts);
    List<String> standards = scenario.sourcesFor(nation).stream().map(SourceRef::citation).toList();
    return new CpdRecord(
        texts.get("cpd.title", "title", scenario.title()),
        date,
        did,
        texts.get("cpd.learned", "debrief", scenario.debrief()),
        texts.get("cpd.impact"),
        true,
        standards);
  }

  /** What the member did: the scenario, its decision steps and how often they replied. */
  private static String did(Scenario scenario, int contributions, Texts texts) {
    String steps =
        String.join(
            ", ",
            scenario.steps().stream()
                .map(s -> s.stage().title().toLowerCase(Locale.UK))
                .distinct()
                .toList());
    String contributed =
        contributions == 0
            ? ""
            : " "
                + (contributions == 1
                    ? texts.get("cpd.contributed_one")
                    : texts.get("cpd.contributed", "count", contributions));
    return texts.get(
        "cpd.did",
        "title",
        scenario.title(),
        "minutes",
        scenario.minutes(),
        "steps",
        steps,
        "contributed",
        contributed);
  }

  /** The record as Markdown, to copy into the regulator's CPD record or keep. */
  String markdown(Texts texts) {
    return texts.get(
        "cpd.markdown",
        "title",
        title,
        "date",
        DAY.format(date),
        "peer",
        texts.get(peerReflection ? "cpd.yes" : "cpd.no"),
        "did",
        whatIDid,
        "learned",
        whatILearned,
        "impact",
        impactOnPractice,
        "standards",
        standards.stream().map(s -> "- " + s + "\n").collect(Collectors.joining()));
  }
}
