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
    contextTtl = positiveTtl(contextTtl);
    contextCapacity = positiveCapacity(contextCapacity);
  }

  /** England, the system clock, no model cache, 30-minute follow-ups, default thresholds. */
  public static CoachSettings defaults() {
    return builder().build();
  }

  /** A builder starting from the {@linkplain #defaults() defaults}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    Builder builder =
        new Builder()
            .jurisdiction(jurisdiction)
            .clock(clock)
            .contextTtl(contextTtl)
            .contextCapacity(contextCapacity)
            .thresholds(thresholds);
    modelCache.ifPresent(builder::modelCache);
    return builder;
  }

  /** Builds {@link CoachSettings}; each method checks its argument at once. */
  public static final class Builder {
    private Jurisdiction jurisdiction = Jurisdiction.ENGLAND;
    private Clock clock = Clock.systemDefaultZone();
    private Optional<Path> modelCache = Optional.empty();
    private Duration contextTtl = Duration.ofMinutes(30);
    private long contextCapacity = 10_000;
    private Thresholds thresholds = Thresholds.defaults();

    private Builder() {}

    /** Whose regulator's code answers cite. */
    public Builder jurisdiction(Jurisdiction nation) {
      jurisdiction = Objects.requireNonNull(nation, "jurisdiction must not be null");
      return this;
    }

    /** The time source. */
    public Builder clock(Clock source) {
      clock = Objects.requireNonNull(source, "clock must not be null");
      return this;
    }

    /** A folder that caches the trained model. */
    public Builder modelCache(Path folder) {
      modelCache = Optional.of(Objects.requireNonNull(folder, "model cache must not be null"));
      return this;
    }

    /** How long a conversation's topic is remembered for follow-ups. */
    public Builder contextTtl(Duration ttl) {
      contextTtl = positiveTtl(ttl);
      return this;
    }

    /** How many conversations are remembered at most. */
    public Builder contextCapacity(long capacity) {
      contextCapacity = positiveCapacity(capacity);
      return this;
    }

    /** When to answer, ask or fall back. */
    public Builder thresholds(Thresholds values) {
      thresholds = Objects.requireNonNull(values, "thresholds must not be null");
      return this;
    }

    /** The settings. */
    public CoachSettings build() {
      return new CoachSettings(
          jurisdiction, clock, modelCache, contextTtl, contextCapacity, thresholds);
    }
  }

  private static Duration positiveTtl(Duration ttl) {
    Objects.requireNonNull(ttl, "context ttl must not be null");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("context ttl must be positive");
    }
    return ttl;
  }

  private static long positiveCapacity(long capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("context capacity must be positive");
    }
    return capacity;
  }
}
