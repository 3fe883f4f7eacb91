package org.dpcoach.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * ISO-8601 date-times as activities carry them, in every extended form ({@code
 * 2026-11-23T10:00:00Z}, {@code +01:00}, {@code +0100}, with or without a fraction of a second,
 * without seconds), rewritten in the one form the SDK's reader accepts (a nine-digit fraction).
 */
final class IsoTimes {
  /** The SDK's pattern for activity date-times ({@code n} is nano-of-second). */
  static final DateTimeFormatter SDK =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.nnnnnnnnnXXX", Locale.ROOT);

  private static final DateTimeFormatter READ =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffset("+HH:MM:ss", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private IsoTimes() {}

  /**
   * Rewrites the field in the SDK's form; true when it is absent, null or a valid date-time (one
   * without an offset is read as UTC), false when it is anything else.
   */
  static boolean normalise(ObjectNode activity, String field) {
    JsonNode value = activity.get(field);
    if (value == null || value.isNull()) {
      return true;
    }
    if (!value.isTextual()) {
      return false;
    }
    try {
      activity.put(field, SDK.format(parse(value.asText())));
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  static OffsetDateTime parse(String text) {
    TemporalAccessor parsed = READ.parse(text.strip());
    LocalDateTime local = LocalDateTime.from(parsed);
    ZoneOffset offset =
        parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
            ? ZoneOffset.from(parsed)
            : ZoneOffset.UTC;
    return OffsetDateTime.of(local, offset);
  }
}
