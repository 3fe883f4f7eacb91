package org.dpcoach.core.guard;

/** Finds and redacts personal data. Implementations never throw on any input. */
public interface PersonalDataGuard {

  /** The text with every piece of personal data found replaced by its placeholder. */
  Redaction redact(String text);
}
