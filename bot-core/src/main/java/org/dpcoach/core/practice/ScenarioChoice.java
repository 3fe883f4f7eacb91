package org.dpcoach.core.practice;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.Scenario;

/** Which scenario a session uses: the one named, the day's, or the one a channel used least. */
record ScenarioChoice(KnowledgeBase kb, PracticeSettings settings, Texts texts) {

  /** The scenario with the id (or the first whose id starts so); the day's when empty. */
  Optional<Scenario> pick(String wanted) {
    List<Scenario> all = kb.scenarios();
    if (all.isEmpty()) {
      return Optional.empty();
    }
    if (wanted.isEmpty()) {
      return Optional.of(
          all.get((int) (LocalDate.now(settings.clock()).toEpochDay() % all.size())));
    }
    return all.stream()
        .filter(s -> s.id().equals(wanted))
        .findFirst()
        .or(() -> all.stream().filter(s -> s.id().startsWith(wanted)).findFirst());
  }

  /** The scenario a channel has had fewest sessions on, given the counts by scenario id. */
  Optional<Scenario> leastUsed(Map<String, Integer> counts) {
    return kb.scenarios().stream()
        .min(Comparator.comparingInt(sc -> counts.getOrDefault(sc.id(), 0)));
  }

  /**
   * The refusal for a scenario that isn't there, naming the ones that are; {@code inTurn} adds that
   * leaving it out goes through them all.
   */
  DeskReply noSuch(boolean inTurn) {
    String ids = String.join(", ", kb.scenarios().stream().map(Scenario::id).toList());
    String text =
        inTurn
            ? texts.get("supervision.no_such_in_turn", "ids", ids)
            : ids.isEmpty()
                ? texts.get("supervision.no_scenarios")
                : texts.get("supervision.no_such", "ids", ids);
    return texts.unchanged("supervision.no_such_title", text);
  }

  /** How long each step of a timed session waits: the scenario's minutes over its steps. */
  static Duration stepTime(Scenario s) {
    return Duration.ofSeconds(Math.max(60, s.minutes() * 60L / (s.steps().size() + 1)));
  }
}
