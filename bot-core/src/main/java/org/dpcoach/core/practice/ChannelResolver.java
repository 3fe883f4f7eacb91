package org.dpcoach.core.practice;

import java.util.Optional;

/** Turns a channel as typed in a command ("#team-north", a platform mention) into its id. */
@FunctionalInterface
public interface ChannelResolver {

  /** The channel's id, or empty when the text names no channel. */
  Optional<String> channelId(String typed);
}
