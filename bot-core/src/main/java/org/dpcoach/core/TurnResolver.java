package org.dpcoach.core;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.nlp.Ranking;
import org.dpcoach.core.nlp.TopicScore;

/**
 * Turns a ranking into a route: escalate, smalltalk, fallback, a follow-up on the previous topic, a
 * confident answer, or "did you mean".
 */
final class TurnResolver {
  static final String OUT_OF_SCOPE = "out-of-scope";
  static final String SMALLTALK = "smalltalk";
  private static final Set<String> ROUTES =
      Set.of(OUT_OF_SCOPE, SMALLTALK, SafeguardingRouter.EMERGENCY);
  private static final int SHORT_FOLLOW_UP_TOKENS = 5;

  /** A message of this many words, most of which the knowledge has never seen, is unreadable. */
  private static final int FOREIGN_MIN_TOKENS = 3;

  private static final double FOREIGN_KNOWN_SHARE = 0.4;

  private final Thresholds thresholds;
  private final SafeguardingRouter router;
  private final List<Pattern> followUpMarkers;

  TurnResolver(Thresholds thresholds, SafeguardingRouter router, List<Pattern> followUpMarkers) {
    this.thresholds = thresholds;
    this.router = router;
    this.followUpMarkers = followUpMarkers;
  }

  /** How many words a message has and how many of them the training data has seen. */
  record Readability(int words, long known) {}

  Decision decide(
      String text, Readability readability, Ranking ranking, Optional<String> previous) {
    int words = readability.words();
    long known = readability.known();
    String lower = text.toLowerCase(java.util.Locale.ROOT).strip();
    if (router.immediateRisk(lower, ranking)) {
      return new Decision(
          Route.ESCALATE,
          SafeguardingRouter.EMERGENCY,
          ranking.confidence(SafeguardingRouter.EMERGENCY),
          ranking);
    }
    if (known == 0 || (words >= FOREIGN_MIN_TOKENS && known < FOREIGN_KNOWN_SHARE * words)) {
      return new Decision(Route.FALLBACK, OUT_OF_SCOPE, 1.0, ranking, Decision.Kind.UNREADABLE);
    }
    TopicScore top = bestIgnoring(ranking, SafeguardingRouter.EMERGENCY);
    if (previous.isPresent() && followsUp(lower, words, top)) {
      return new Decision(
          Route.ANSWER,
          previous.get(),
          ranking.confidence(previous.get()),
          ranking,
          Decision.Kind.FOLLOW_UP);
    }
    if (top.topic().equals(SMALLTALK) && top.confidence() >= thresholds.smalltalkFloor()) {
      return new Decision(Route.SMALLTALK, SMALLTALK, top.confidence(), ranking);
    }
    TopicScore topic = bestTopic(ranking);
    boolean offTopic =
        top.topic().equals(SMALLTALK)
            || (top.topic().equals(OUT_OF_SCOPE)
                && top.confidence() - topic.confidence() >= thresholds.outOfScopeMargin());
    if (offTopic) {
      return new Decision(Route.FALLBACK, OUT_OF_SCOPE, ranking.confidence(OUT_OF_SCOPE), ranking);
    }
    double runnerUp = secondTopic(ranking, topic.topic());
    boolean sure =
        topic.confidence() >= thresholds.answerFloor()
            && topic.confidence() - runnerUp >= thresholds.margin();
    return new Decision(
        sure ? Route.ANSWER : Route.CLARIFY, topic.topic(), topic.confidence(), ranking);
  }

  private boolean followsUp(String lower, int words, TopicScore top) {
    boolean marked = followUpMarkers.stream().anyMatch(p -> p.matcher(lower).find());
    boolean unsure =
        top.confidence() < thresholds.followUpOverride() || ROUTES.contains(top.topic());
    boolean brief =
        words <= SHORT_FOLLOW_UP_TOKENS
            && top.confidence() < thresholds.answerFloor() + thresholds.margin();
    return (marked && unsure) || brief;
  }

  static TopicScore bestIgnoring(Ranking ranking, String label) {
    return ranking.scores().stream()
        .filter(s -> !s.topic().equals(label))
        .findFirst()
        .orElse(new TopicScore(OUT_OF_SCOPE, 0));
  }

  static TopicScore bestTopic(Ranking ranking) {
    return ranking.scores().stream()
        .filter(s -> !ROUTES.contains(s.topic()))
        .findFirst()
        .orElse(new TopicScore(OUT_OF_SCOPE, 0));
  }

  static List<TopicScore> topTopics(Ranking ranking, int n) {
    return ranking.scores().stream().filter(s -> !ROUTES.contains(s.topic())).limit(n).toList();
  }

  private static double secondTopic(Ranking ranking, String first) {
    return ranking.scores().stream()
        .filter(s -> !ROUTES.contains(s.topic()) && !s.topic().equals(first))
        .mapToDouble(TopicScore::confidence)
        .findFirst()
        .orElse(0);
  }
}
