package org.dpcoach.core.practice;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dpcoach.core.model.WeeklySlot;

/**
 * The channel at the start of a command's arguments, and what follows it: a channel as the platform
 * writes it ({@code #team-north}, a mention), {@code here} or {@code this}, or nothing at all when
 * the arguments start with a day ("mon 09:30" means this channel).
 *
 * @param channel the channel's id, empty when the first word names no channel
 * @param rest the arguments after the channel
 */
record Where(Optional<String> channel, String rest) {
  private static final Set<String> HERE = Set.of("here", "this");

  static Where of(Caller caller, String args, ChannelResolver channels) {
    String[] parts = (args == null ? "" : args.strip()).split("\\s+", 2);
    String first = parts[0];
    String after = parts.length > 1 ? parts[1].strip() : "";
    if (first.isEmpty()) {
      return new Where(Optional.empty(), "");
    }
    if (HERE.contains(first.toLowerCase(Locale.ROOT))) {
      return new Where(Optional.of(caller.channel()), after);
    }
    if (startsWithDay(first)) {
      return new Where(Optional.of(caller.channel()), args.strip());
    }
    return new Where(channels.channelId(first), after);
  }

  private static boolean startsWithDay(String word) {
    try {
      WeeklySlot.parse(word + " 00:00");
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
