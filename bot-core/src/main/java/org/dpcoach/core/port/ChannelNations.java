package org.dpcoach.core.port;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dpcoach.knowledge.Jurisdiction;

/**
 * Each channel's nation, as a champion set it ({@code nation scotland}): the tips it gets, the
 * sources of its debriefs and its members' CPD records follow it. A channel without one follows the
 * deployment's nation.
 */
public interface ChannelNations {

  /** The nation a champion set for the channel, if any. */
  Optional<Jurisdiction> find(String platform, String channel);

  /** Sets (replaces) the channel's nation. */
  void save(String platform, String channel, Jurisdiction nation, String setBy, Instant at);

  /** A store kept in memory (tests, and a coach without a database). */
  static ChannelNations inMemory() {
    Map<String, Jurisdiction> nations = new ConcurrentHashMap<>();
    return new ChannelNations() {
      @Override
      public Optional<Jurisdiction> find(String platform, String channel) {
        return Optional.ofNullable(nations.get(platform + "\n" + channel));
      }

      @Override
      public void save(
          String platform, String channel, Jurisdiction nation, String setBy, Instant at) {
        nations.put(platform + "\n" + channel, nation);
      }
    };
  }
}
