package org.dpcoach.knowledge;

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

  /** The title with the year, when the source gives one: "Title (2019)". */
  public String titleWithYear() {
    return year.isEmpty() ? title : title + " (" + year + ")";
  }

  /** Whether a practitioner in the given nation should be shown this document. */
  public boolean appliesTo(Jurisdiction nation) {
    if ("uk".equals(jurisdiction)) {
      return true;
    }
    for (String part : jurisdiction.split(",")) {
      if (nation.id().equals(part.strip())) {
        return true;
      }
    }
    return false;
  }

  /** Whether this is a regulator's binding code rather than guidance. */
  public boolean regulatory() {
    return "regulatory".equals(standing);
  }
}
