package org.dpcoach.knowledge;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One citation: a document, the clause or section, what it means here, and the nations it is shown
 * in (the document's own unless the entry narrows them, for example a UK-wide report's point about
 * England-only law).
 */
public record SourceRef(
    Document document, String section, String point, Set<Jurisdiction> nations) {

  /** Copies the nations; an empty set means the document's own. */
  public SourceRef {
    Objects.requireNonNull(document, "document must not be null");
    nations =
        nations == null || nations.isEmpty()
            ? Set.copyOf(document.nations())
            : Set.copyOf(EnumSet.copyOf(nations));
  }

  /** A citation shown wherever its document applies. */
  public SourceRef(Document document, String section, String point) {
    this(document, section, point, Set.of());
  }

  /** Whether a practitioner in the given nation is shown this citation. */
  public boolean appliesTo(Jurisdiction nation) {
    return nations.contains(nation);
  }

  /** The citation as a person reads it, for example "Social Work England ..., 5.6". */
  public String citation() {
    return document.titleWithYear() + ", " + section;
  }
}
