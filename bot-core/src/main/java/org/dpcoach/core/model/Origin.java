package org.dpcoach.core.model;

import java.util.Objects;

/**
 * Where a turn came from, for counting only: the platform, the workspace or tenant, and the kind of
 * conversation. Opaque ids; never a person.
 *
 * @param platform {@code slack}, {@code teams}, {@code web}, {@code cli}, or {@code unknown}
 * @param workspace the Slack team or Teams tenant id, or empty
 * @param channelKind {@code dm}, {@code channel}, {@code web}, or {@code unknown}
 */
public record Origin(String platform, String workspace, String channelKind) {

  /** A turn whose origin the adapter did not say. */
  public static final Origin UNKNOWN = new Origin("unknown", "", "unknown");

  /** Checks each value at once. */
  public Origin {
    Objects.requireNonNull(platform, "platform must not be null");
    Objects.requireNonNull(workspace, "workspace must not be null");
    Objects.requireNonNull(channelKind, "channel kind must not be null");
  }
}
