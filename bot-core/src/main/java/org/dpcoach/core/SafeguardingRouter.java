package org.dpcoach.core;

import java.util.List;
import java.util.regex.Pattern;
import org.dpcoach.core.nlp.Ranking;
import org.dpcoach.knowledge.SafeguardingCues;

/**
 * Decides whether a message describes someone at immediate risk. Cue rules from the knowledge (an
 * urgency and a harm cue together escalate; a past-event cue without urgency blocks) are combined
 * with the classifier's vote for the emergency route (a vote escalates with one cue, or alone when
 * it is very sure).
 */
final class SafeguardingRouter {
  static final String EMERGENCY = "safeguarding-emergency";

  /** A classifier vote this sure escalates even without cue words. */
  static final double STRONG_VOTE = 0.85;

  /** With urgency, harm and a past-event cue together, the vote that still escalates. */
  static final double PAST_VOTE = 0.25;

  private final SafeguardingCues cues;
  private final double vote;

  SafeguardingRouter(SafeguardingCues cues, double vote) {
    this.cues = cues;
    this.vote = vote;
  }

  boolean immediateRisk(String text, Ranking ranking) {
    boolean urgent = any(cues.urgency(), text);
    boolean harm = any(cues.harm(), text);
    boolean past = any(cues.past(), text);
    double confidence = ranking.confidence(EMERGENCY);
    if (urgent && harm) {
      return !past || confidence >= PAST_VOTE;
    }
    if (past && !urgent) {
      return false;
    }
    if (confidence >= STRONG_VOTE) {
      return true;
    }
    return confidence >= vote && (urgent || harm);
  }

  private static boolean any(List<Pattern> patterns, String text) {
    for (Pattern pattern : patterns) {
      if (pattern.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }
}
