package org.dpcoach.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The champions' own tips. */
public interface TipStore {

  /** Stores a redacted tip, approved at once when {@code approvedBy} is set. */
  CustomTip add(
      String topic, String redactedText, String addedBy, Optional<String> approvedBy, Instant at);

  /** Approves a waiting tip; the tip as it now is, or empty when there is no such tip. */
  Optional<CustomTip> approve(long id, String approvedBy, Instant at);

  /** Every custom tip, oldest first. */
  List<CustomTip> all();
}
