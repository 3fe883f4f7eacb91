package org.dpcoach.core.model;

import java.util.Locale;

/** How the engine answered a turn. */
public enum Route {
  /** A curated answer on one topic. */
  ANSWER,
  /** Not sure: "did you mean" choices. */
  CLARIFY,
  /** Someone is at immediate risk: act now, no coaching. */
  ESCALATE,
  /** Not about digital professionalism: what the coach can help with. */
  FALLBACK,
  /** Greetings, thanks, help. */
  SMALLTALK;

  /** The lower-case id used in the command-line contract. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
