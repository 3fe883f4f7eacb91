package org.dpcoach.core.practice;

import java.util.Objects;
import org.dpcoach.core.port.ChannelNations;
import org.dpcoach.knowledge.Jurisdiction;

/**
 * Which nation a channel's tips, debrief sources and CPD records follow: the one a champion set for
 * the channel, else the deployment's ({@code DPCOACH_JURISDICTION}).
 */
public final class NationSetting {
  private final ChannelNations store;
  private final Jurisdiction fallback;

  /** Channels' own settings from the store, the deployment's nation for the rest. */
  public NationSetting(ChannelNations store, Jurisdiction fallback) {
    this.store = Objects.requireNonNull(store, "channel nations must not be null");
    this.fallback = Objects.requireNonNull(fallback, "fallback nation must not be null");
  }

  /** Every channel in one nation, with nothing stored (tests, single-nation tools). */
  public static NationSetting fixed(Jurisdiction nation) {
    return new NationSetting(ChannelNations.inMemory(), nation);
  }

  /** The channel's nation. */
  public Jurisdiction of(String platform, String channel) {
    return store.find(platform, channel).orElse(fallback);
  }

  /** Whether a champion set the channel's nation (rather than it following the deployment's). */
  boolean setFor(String platform, String channel) {
    return store.find(platform, channel).isPresent();
  }

  /** The deployment's nation. */
  Jurisdiction fallback() {
    return fallback;
  }

  ChannelNations store() {
    return store;
  }
}
