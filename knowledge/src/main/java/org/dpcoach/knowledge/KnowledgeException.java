package org.dpcoach.knowledge;

/** Thrown when a knowledge folder has errors; carries the full report. */
public final class KnowledgeException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient ValidationReport report;

  KnowledgeException(ValidationReport report) {
    super("the knowledge base has errors:\n" + report.format());
    this.report = report;
  }

  /** Every problem found. */
  public ValidationReport report() {
    return report;
  }
}
