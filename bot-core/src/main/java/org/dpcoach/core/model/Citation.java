package org.dpcoach.core.model;

/** One source of an answer: document, clause or section, what it says here, its standing. */
public record Citation(String document, String section, String point, String standing) {

  /** "Document, section" as a person reads it. */
  public String label() {
    return document + ", " + section;
  }
}
