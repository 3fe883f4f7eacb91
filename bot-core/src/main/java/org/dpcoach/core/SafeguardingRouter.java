package org.dpcoach.core;

import java.util.List;
import java.util.regex.Pattern;
import org.dpcoach.core.nlp.Ranking;
import org.dpcoach.knowledge.SafeguardingCues;

/**
 * Decides whether a message describes someone at immediate risk. Cue rules from the knowledge
 * (urgency and harm, blocked by a past-event cue without urgency) are combined with the
 * classifier's vote for the emergency route.
 */
final class SafeguardingRouter {
  static final String EMERGENCY = "safeguarding-emergency";

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
    if (urgent && harm) {
      return true;
    }
    if (past && !urgent) {
      return false;
    }
    double confidence = ranking.confidence(EMERGENCY);
    boolean topVote = ranking.top().topic().equals(EMERGENCY);
    return confidence >= vote || (topVote && (urgent || harm));
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
