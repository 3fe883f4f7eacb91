package org.dpcoach.core.practice;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.dpcoach.knowledge.Dialogue;

/**
 * How questions to the champions behave.
 *
 * @param champions who may take, answer, decline and mark answers, and set the channel
 * @param channels the champions' channel per platform from the settings ({@code slack} from {@code
 *     DPCOACH_CHAMPIONS_CHANNEL}); a platform without one uses the channel a champion set
 * @param hours the working hours a question waits before its one reminder
 * @param clock where time comes from
 * @param dialogue the words shown to people
 */
public record ChampionSettings(
    Champions champions,
    Map<String, String> channels,
    WorkingHours hours,
    Clock clock,
    Dialogue dialogue) {

  /** The longest question (as typed) that is sent. */
  public static final int MAX_CHARS = 2_000;

  /** Checks each value at once. */
  public ChampionSettings {
    Objects.requireNonNull(champions, "champions must not be null");
    channels = Map.copyOf(channels);
    Objects.requireNonNull(hours, "working hours must not be null");
    Objects.requireNonNull(clock, "clock must not be null");
    Objects.requireNonNull(dialogue, "dialogue must not be null");
  }
}
