package org.dpcoach.teams;

import com.microsoft.bot.schema.Activity;
import java.util.Optional;

/** How the Bot Connector's redeliveries are recognised: by conversation and activity id. */
final class SeenActivities {
  private SeenActivities() {}

  /** The activity's key, or empty when it has no id to recognise it by. */
  static Optional<String> key(Activity activity) {
    if (activity.getId() == null || activity.getId().isBlank()) {
      return Optional.empty();
    }
    String conversation =
        activity.getConversation() == null ? "" : activity.getConversation().getId();
    return Optional.of(conversation + "|" + activity.getId());
  }
}
