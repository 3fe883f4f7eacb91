package org.dpcoach.core.port;

import java.time.Instant;
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
      boolean redacted) {}
}
