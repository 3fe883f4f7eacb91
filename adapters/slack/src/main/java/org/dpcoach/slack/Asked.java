package org.dpcoach.slack;

import java.util.Optional;
import org.dpcoach.core.model.Origin;

/**
 * Where a question came from, which decides where its answer goes.
 *
 * @param channel the channel or DM id
 * @param user the asker's user id
 * @param threadTs the thread to answer in, if any
 * @param direct whether it is the asker's DM with the app
 * @param responseUrl the interaction's response URL, for answers only the asker sees
 * @param workspace the Slack team (workspace) id, or empty
 */
record Asked(
    String channel,
    String user,
    Optional<String> threadTs,
    boolean direct,
    Optional<String> responseUrl,
    String workspace) {

  /** A question whose workspace is not known. */
  Asked(
      String channel,
      String user,
      Optional<String> threadTs,
      boolean direct,
      Optional<String> responseUrl) {
    this(channel, user, threadTs, direct, responseUrl, "");
  }

  /** Where it came from, for insights: Slack, the workspace, and a DM or a channel. */
  Origin origin() {
    return new Origin("slack", workspace == null ? "" : workspace, direct ? "dm" : "channel");
  }

  /** The engine's conversation key: the DM, the channel's thread, or the asker in the channel. */
  String conversationId() {
    return direct ? channel : channel + ":" + threadTs.orElse(user);
  }
}
