package org.dpcoach.core.practice;

import java.util.Objects;

/**
 * How people reach the coach on one platform, for the words that show them a command, and how the
 * platform writes a channel in a command.
 *
 * @param invoke what comes before a command ({@code "/dpcoach "} in Slack, {@code "@dpcoach "} in
 *     Teams)
 * @param personalChat what the platform calls a one-to-one chat with the coach ("a personal chat")
 * @param howInChannel how to use a command in a channel instead ("mention me there")
 * @param channels turns a channel as typed in a command into its id
 */
public record Surface(
    String invoke, String personalChat, String howInChannel, ChannelResolver channels) {

  /** Checks each value at once. */
  public Surface {
    Objects.requireNonNull(invoke, "invoke must not be null");
    Objects.requireNonNull(personalChat, "personal chat must not be null");
    Objects.requireNonNull(howInChannel, "how in channel must not be null");
    Objects.requireNonNull(channels, "channel resolver must not be null");
  }
}
