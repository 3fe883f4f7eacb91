package org.dpcoach.core.practice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.dpcoach.knowledge.Jurisdiction;
import org.dpcoach.knowledge.Scenario;
import org.dpcoach.knowledge.SourceRef;

/**
 * A draft CPD record: what I did, what I learned, the impact on my practice, and whether it was
 * peer reflection (group supervision is), with the sources that apply in the member's nation. The
 * member edits it before recording it with their regulator.
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
  public static CpdRecord groupSupervision(
      Scenario scenario, LocalDate date, int contributions, Jurisdiction nation) {
    String steps =
        String.join(
            ", ",
            scenario.steps().stream()
                .map(s -> s.stage().title().toLowerCase(Locale.UK))
                .distinct()
                .toList());
    String did =
        "I took part in group supervision on the scenario \""
            + scenario.title()
            + "\" (about "
            + scenario.minutes()
            + " minutes), working through the decision steps: "
            + steps
            + "."
            + (contributions > 0
                ? " I contributed "
                    + contributions
                    + (contributions == 1 ? " reply" : " replies")
                    + " in the discussion."
                : "");
    String learned =
        "Key points from the debrief: "
            + scenario.debrief()
            + " [Add in your own words what you took from the discussion.]";
    String impact =
        "[Describe what you will do differently in your practice, and how you will know it has made a difference.]";
    List<String> standards = scenario.sourcesFor(nation).stream().map(SourceRef::citation).toList();
    return new CpdRecord(
        "Group supervision: " + scenario.title(), date, did, learned, impact, true, standards);
  }

  /** The record as Markdown, to copy into the regulator's CPD record or keep. */
  public String markdown() {
    StringBuilder out = new StringBuilder("# CPD record (draft): ").append(title).append("\n\n");
    out.append("- **Date:** ").append(DAY.format(date)).append('\n');
    out.append("- **Type:** group supervision\n");
    out.append("- **Peer reflection:** ").append(peerReflection ? "yes" : "no").append("\n\n");
    out.append("## What I did\n\n").append(whatIDid).append("\n\n");
    out.append("## What I learned\n\n").append(whatILearned).append("\n\n");
    out.append("## Impact on my practice\n\n").append(impactOnPractice).append("\n\n");
    out.append("## Standards and sources\n\n");
    standards.forEach(s -> out.append("- ").append(s).append('\n'));
    return out.toString();
  }
}
