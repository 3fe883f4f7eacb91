package org.dpcoach.core;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.dpcoach.knowledge.Jurisdiction;

/**
 * The engine's typed configuration.
 *
 * @param jurisdiction whose regulator's code answers cite
 * @param clock the time source (review dates, follow-up expiry)
 * @param modelCache a folder for the trained model, or empty to train in memory each start
 * @param contextTtl how long a conversation's topic is remembered for follow-ups
 * @param contextCapacity how many conversations are remembered at most
 * @param thresholds when to answer, ask or fall back
 */
public record CoachSettings(
    Jurisdiction jurisdiction,
    Clock clock,
    Optional<Path> modelCache,
    Duration contextTtl,
    long contextCapacity,
    Thresholds thresholds) {

  /** Checks each value at once. */
  public CoachSettings {
    Objects.requireNonNull(jurisdiction, "jurisdiction must not be null");
    Objects.requireNonNull(clock, "clock must not be null");
    Objects.requireNonNull(modelCache, "model cache must not be null (use Optional.empty())");
    Objects.requireNonNull(thresholds, "thresholds must not be null");
    if (contextTtl.isNegative() || contextTtl.isZero()) {
      throw new IllegalArgumentException("context ttl must be positive");
    }
    if (contextCapacity < 1) {
      throw new IllegalArgumentException("context capacity must be positive");
    }
  }

  /** England, the system clock, no model cache, 30-minute follow-ups, default thresholds. */
  public static CoachSettings defaults() {
    return new CoachSettings(
        Jurisdiction.ENGLAND,
        Clock.systemDefaultZone(),
        Optional.empty(),
        Duration.ofMinutes(30),
        10_000,
        Thresholds.defaults());
  }

  /** A copy with another jurisdiction. */
  public CoachSettings withJurisdiction(Jurisdiction nation) {
    return new CoachSettings(nation, clock, modelCache, contextTtl, contextCapacity, thresholds);
  }

  /** A copy with another clock. */
  public CoachSettings withClock(Clock other) {
    return new CoachSettings(
        jurisdiction, other, modelCache, contextTtl, contextCapacity, thresholds);
  }

  /** A copy that caches the trained model in the given folder. */
  public CoachSettings withModelCache(Path folder) {
    return new CoachSettings(
        jurisdiction, clock, Optional.of(folder), contextTtl, contextCapacity, thresholds);
  }

  /** A copy with other thresholds. */
  public CoachSettings withThresholds(Thresholds other) {
    return new CoachSettings(jurisdiction, clock, modelCache, contextTtl, contextCapacity, other);
  }
}
