package org.dpcoach.slack;

import java.util.Optional;

/** Where a reply goes. */
sealed interface Destination {

  /** A message in a channel or DM, in a thread when {@code threadTs} is set. */
  record Channel(String channel, Optional<String> threadTs) implements Destination {}

  /** A message only {@code user} sees, in the channel (and thread) they asked in. */
  record Ephemeral(String channel, String user, Optional<String> threadTs) implements Destination {}

  /**
   * An ephemeral reply through the interaction's response URL (slash commands, ephemeral buttons).
   */
  record ResponseUrl(String url) implements Destination {}
}
