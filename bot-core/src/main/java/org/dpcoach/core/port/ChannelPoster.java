package org.dpcoach.core.port;

import java.time.Instant;
import java.util.Optional;
import org.dpcoach.core.model.Message;

/** Posts to team channels on one chat platform, and finds what it posted (one per platform). */
public interface ChannelPoster {

  /** The platform's id, for example {@code slack} or {@code teams}. */
  String platform();

  /**
   * Posts a message; the platform's message id (Slack's {@code ts}) when it was accepted, empty
   * when the platform refused it. A non-empty {@code key} is carried with the message (metadata or
   * a hidden marker) so {@link #find} can recognise it later.
   */
  Optional<String> post(String channel, Optional<String> thread, String key, Message message);

  /**
   * Rewrites a message this app posted (its id from {@link #post}) to say the message now; true
   * when the platform took it. Doing it twice is harmless; platforms that cannot answer false.
   */
  default boolean update(String channel, String messageId, String key, Message message) {
    return false;
  }

  /** The id of a message this app posted to the channel with the key since the instant, if any. */
  Optional<String> find(String channel, String key, Instant since);
}
