package org.dpcoach.knowledge;

/** One finding of the validator, with the file and line it was found at. */
public record Problem(Severity severity, String file, int line, String message) {

  /** How serious a finding is: errors refuse the knowledge base, warnings are shown. */
  public enum Severity {
    ERROR,
    WARNING
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + severity.name().toLowerCase() + ": " + message;
  }
}
