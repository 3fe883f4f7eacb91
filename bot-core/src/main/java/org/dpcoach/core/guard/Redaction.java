package org.dpcoach.core.guard;

import java.util.List;

/** A message with its personal data replaced by placeholders, and what was found. */
public record Redaction(String redacted, List<Finding> findings) {

  /** Copies the findings. */
  public Redaction {
    findings = List.copyOf(findings);
  }

  /** Whether anything was found. */
  public boolean foundAny() {
    return !findings.isEmpty();
  }
}
