package org.dpcoach.core.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.dpcoach.core.model.Origin;
import org.dpcoach.core.model.Route;
import org.dpcoach.knowledge.Jurisdiction;

/**
 * Where the engine reports each answered turn, for insights that count and never show: no text, and
 * the person's id only so the implementation can count distinct people with a keyed hash.
 */
@FunctionalInterface
public interface TurnLog {

  /** Records one turn; must not throw and must never store the user id as given. */
  void record(Entry entry);

  /** A log that keeps nothing. */
  static TurnLog none() {
    return entry -> {};
  }

  /**
   * One answered turn.
   *
   * @param at when the turn was answered
   * @param userId the platform's opaque user id (hash it before keeping anything)
   * @param origin the platform, workspace and kind of conversation
   * @param nation the nation the answer was given for
   * @param route how the engine answered
   * @param topic the topic or route id
   * @param caseId the case that answered, if any
   * @param confidence the topic's confidence
   * @param redacted whether the guard found personal data in the message
   * @param unanswered the redacted text of a turn the coach could not answer (fallback or clarify),
   *     for the insights' unanswered themes when the employer keeps them; empty for every other
   *     turn, and never the text as typed
   */
  record Entry(
      Instant at,
      String userId,
      Origin origin,
      Jurisdiction nation,
      Route route,
      String topic,
      Optional<String> caseId,
      double confidence,
      boolean redacted,
      Optional<String> unanswered) {

    /** Checks the optional values at once. */
    public Entry {
      Objects.requireNonNull(caseId, "case id must not be null (use Optional.empty())");
      Objects.requireNonNull(unanswered, "unanswered must not be null (use Optional.empty())");
    }

    /** A turn with no unanswered text. */
    public Entry(
        Instant at,
        String userId,
        Origin origin,
        Jurisdiction nation,
        Route route,
        String topic,
        Optional<String> caseId,
        double confidence,
        boolean redacted) {
      this(
          at, userId, origin, nation, route, topic, caseId, confidence, redacted, Optional.empty());
    }

    /** Never shows the user id or the unanswered text. */
    @Override
    public String toString() {
      return "TurnLog.Entry[at="
          + at
          + ", origin="
          + origin
          + ", route="
          + route
          + ", topic="
          + topic
          + ", case="
          + caseId.orElse("none")
          + "]";
    }
  }
}
