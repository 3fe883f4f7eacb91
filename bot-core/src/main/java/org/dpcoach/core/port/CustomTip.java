package org.dpcoach.core.port;

import java.time.Instant;
import java.util.Optional;

/**
 * A tip a champion added; its text has been through the personal-data guard.
 *
 * @param approvedBy who approved it; empty while it waits for approval
 */
public record CustomTip(
    long id,
    String topic,
    String text,
    String addedBy,
    Instant addedAt,
    Optional<String> approvedBy) {

  /**
   * The tip's id in the library and in commands: {@code c} and the number, for example {@code c12}.
   */
  public String tipId() {
    return "c" + id;
  }

  /** Whether it may be posted. */
  public boolean approved() {
    return approvedBy.isPresent();
  }
}
