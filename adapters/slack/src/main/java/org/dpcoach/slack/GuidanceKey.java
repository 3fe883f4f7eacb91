package org.dpcoach.slack;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the Full guidance button carries, so any instance can rebuild the guidance without server
 * memory: the topic id and, when a case answered, the case id ({@code topic|case}).
 *
 * @param topic the topic id of the answer
 * @param caseId the case id, when a case answered
 */
record GuidanceKey(String topic, Optional<String> caseId) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,119}");

  /** The key of an answer. */
  static GuidanceKey of(String topic, Optional<String> caseId) {
    return new GuidanceKey(topic, caseId.filter(c -> !c.isBlank()));
  }

  /** The button value. */
  String value() {
    return topic + "|" + caseId.orElse("");
  }

  /** Reads a button value; empty when it is not a well-formed key. */
  static Optional<GuidanceKey> read(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String[] parts = value.split("\\|", -1);
    if (parts.length != 2 || !ID.matcher(parts[0]).matches()) {
      return Optional.empty();
    }
    if (!parts[1].isEmpty() && !ID.matcher(parts[1]).matches()) {
      return Optional.empty();
    }
    return Optional.of(of(parts[0], Optional.of(parts[1])));
  }
}
