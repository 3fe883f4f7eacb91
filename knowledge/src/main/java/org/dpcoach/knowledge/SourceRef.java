package org.dpcoach.knowledge;

/** One citation in a topic: a document, the clause or section, and what it means here. */
public record SourceRef(Document document, String section, String point) {

  /** The citation as a person reads it, for example "Social Work England ..., 5.6". */
  public String citation() {
    return document.titleWithYear() + ", " + section;
  }

  /** Whether a practitioner in the given nation should be shown this citation. */
  public boolean appliesTo(Jurisdiction nation) {
    return document.appliesTo(nation);
  }
}
