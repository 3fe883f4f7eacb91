package org.dpcoach.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.guard.Redaction;
import org.dpcoach.support.Json;

/**
 * One piece of Slack work as the inbox records it: what to do ({@link Kind}) and its fields, with
 * the person's text redacted. The text as typed travels only in memory ({@code liveText}), for the
 * answer given at once; a job taken over after a crash is answered from the redacted text, and
 * stays private when the guard found something.
 *
 * @param kind what to do
 * @param fields ids, addresses and the redacted text
 * @param found whether the guard found personal data in the text
 * @param liveText the text as typed, in memory only; empty for a job read back from the inbox
 */
record Job(Kind kind, Map<String, String> fields, boolean found, Optional<String> liveText) {
  static final String TEXT = "text";

  /** What a job does. */
  enum Kind {
    ASK,
    CHOOSE,
    FULL_GUIDANCE,
    THREAD_REPLY,
    HOME,
    HELP,
    TIPS,
    SUPERVISION,
    NATION,
    INSIGHTS,
    HELPFUL,
    OPEN_FEEDBACK,
    UNHELPFUL,
    PRACTICE_BUTTON,
    ASK_CHAMPION,
    CHAMPIONS,
    CHAMPION_BUTTON
  }

  Job {
    fields = Map.copyOf(fields);
  }

  /** Field names and values, in pairs; a null value leaves its field out. */
  static Map<String, String> fields(String... namesAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        map.put(namesAndValues[i], namesAndValues[i + 1]);
      }
    }
    return map;
  }

  /** A job without personal text. */
  static Job of(Kind kind, Map<String, String> fields) {
    return new Job(kind, withoutNulls(fields), false, Optional.empty());
  }

  /** A job with the person's text: the guard runs now, and only its redaction is kept. */
  static Job withText(
      Kind kind, Map<String, String> fields, String typed, PersonalDataGuard guard) {
    Redaction redaction = guard.redact(typed);
    Map<String, String> all = withoutNulls(fields);
    all.put(TEXT, redaction.redacted());
    return new Job(kind, all, redaction.foundAny(), Optional.of(typed));
  }

  /** The text to answer: as typed when live, else redacted. */
  String text() {
    return liveText.orElse(fields.getOrDefault(TEXT, ""));
  }

  /** Whether this job was read back from the inbox (its text is the redacted one). */
  boolean recovered() {
    return liveText.isEmpty();
  }

  String get(String field) {
    return fields.get(field);
  }

  Optional<String> optional(String field) {
    return Optional.ofNullable(fields.get(field));
  }

  /** The fields as the inbox stores them (redacted text only). */
  String payload() {
    try {
      return Json.MAPPER.writeValueAsString(new java.util.TreeMap<>(fields));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("job fields cannot be written", e);
    }
  }

  /** A job read back from the inbox. */
  static Job read(String kind, String payload, boolean found) {
    try {
      Map<String, String> fields = Json.MAPPER.readValue(payload, new TypeReference<>() {});
      return new Job(Kind.valueOf(kind), fields, found, Optional.empty());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("inbox payload is not a job", e);
    }
  }

  /** Never shows the text. */
  @Override
  public String toString() {
    return "Job[" + kind + ", found=" + found + "]";
  }

  private static Map<String, String> withoutNulls(Map<String, String> fields) {
    Map<String, String> copy = new LinkedHashMap<>();
    fields.forEach(
        (k, v) -> {
          if (v != null) {
            copy.put(k, v);
          }
        });
    return copy;
  }
}
