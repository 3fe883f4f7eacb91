package org.dpcoach.knowledge;

import java.util.EnumSet;
import java.util.Set;

/**
 * A document that answers may cite: a regulator's code, professional guidance, law or a tip.
 *
 * @param jurisdiction a nation id, a comma-separated list of them, or {@code uk} for a document
 *     that applies everywhere
 */
public record Document(
    String id,
    String title,
    String year,
    String standing,
    String jurisdiction,
    boolean beyondSeeds) {

  /** The title with the year, when the source gives one and the title lacks it: "Title (2019)". */
  public String titleWithYear() {
    return year.isEmpty() || title.contains(year) ? title : title + " (" + year + ")";
  }

  /** Whether a practitioner in the given nation should be shown this document. */
  public boolean appliesTo(Jurisdiction nation) {
    return nations().contains(nation);
  }

  /** The nations the document applies to: all four for {@code uk}. */
  public Set<Jurisdiction> nations() {
    if ("uk".equals(jurisdiction)) {
      return EnumSet.allOf(Jurisdiction.class);
    }
    Set<Jurisdiction> nations = EnumSet.noneOf(Jurisdiction.class);
    for (Jurisdiction nation : Jurisdiction.values()) {
      for (String part : jurisdiction.split(",")) {
        if (nation.id().equals(part.strip())) {
          nations.add(nation);
        }
      }
    }
    return nations;
  }

  /** Whether this is a regulator's binding code rather than guidance. */
  public boolean regulatory() {
    return "regulatory".equals(standing);
  }
}
