package org.dpcoach.core;

/**
 * When the engine answers, asks "did you mean" or falls back.
 *
 * @param answerFloor the top topic's confidence below which the engine asks instead
 * @param margin the lead over the runner-up below which the engine asks instead
 * @param outOfScopeMargin the lead out-of-scope needs over the best topic to fall back
 * @param smalltalkFloor the confidence a greeting needs
 * @param followUpOverride the confidence a new topic needs to leave the previous one
 * @param emergencyVote the classifier's emergency confidence that escalates with one cue word
 * @param maxChars the length past which a message is cut
 */
public record Thresholds(
    double answerFloor,
    double margin,
    double outOfScopeMargin,
    double smalltalkFloor,
    double followUpOverride,
    double emergencyVote,
    int maxChars) {

  /** Checks each value at once. */
  public Thresholds {
    between("answer floor", answerFloor);
    between("margin", margin);
    between("out-of-scope margin", outOfScopeMargin);
    between("smalltalk floor", smalltalkFloor);
    between("follow-up override", followUpOverride);
    between("emergency vote", emergencyVote);
    if (maxChars < 1) {
      throw new IllegalArgumentException("max chars must be positive");
    }
  }

  /** The values the eval chose (see README: how the thresholds were set). */
  public static Thresholds defaults() {
    return new Thresholds(0.30, 0.05, 0.0, 0.45, 0.55, 0.45, 4000);
  }

  private static void between(String name, double value) {
    if (value < 0 || value > 1) {
      throw new IllegalArgumentException(name + " must be between 0 and 1");
    }
  }
}
