package org.dpcoach.core.practice;

import java.util.Objects;

/** Who asked, on which platform, in which channel; ids are opaque platform ids. */
public record Caller(String platform, String user, String channel) {

  /** Checks each id at once. */
  public Caller {
    Objects.requireNonNull(platform, "platform must not be null");
    Objects.requireNonNull(user, "user must not be null");
    Objects.requireNonNull(channel, "channel must not be null");
  }
}
