package org.dpcoach.core.practice;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpcoach.core.model.WeeklySlot;

/**
 * The champions' working hours ({@code mon-fri 09:00-17:00} in London unless told otherwise): a
 * question nobody took within one working day of them is posted again with a reminder.
 */
public record WorkingHours(Set<DayOfWeek> days, LocalTime start, LocalTime end, ZoneId zone) {
  private static final Pattern SHAPE =
      Pattern.compile(
          "(?i)^\\s*([a-z]{3})(?:-([a-z]{3}))?\\s+(\\d{2}:\\d{2})-(\\d{2}:\\d{2})\\s*$");

  /** Checks each value at once. */
  public WorkingHours {
    Objects.requireNonNull(zone, "zone must not be null");
    days = Set.copyOf(days);
    if (days.isEmpty()) {
      throw new IllegalArgumentException("working hours need at least one day");
    }
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("working hours must start before they end");
    }
  }

  /** Monday to Friday, 09:00 to 17:00, London time. */
  public static WorkingHours officeHours() {
    return parse("mon-fri 09:00-17:00", PracticeSettings.LONDON);
  }

  /** Reads {@code mon-fri 09:00-17:00} (or one day, {@code sat 10:00-14:00}) in the zone. */
  public static WorkingHours parse(String text, ZoneId zone) {
    Matcher m = SHAPE.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "working hours look like 'mon-fri 09:00-17:00', not '" + text + "'");
    }
    DayOfWeek from = day(m.group(1));
    DayOfWeek to = m.group(2) == null ? from : day(m.group(2));
    Set<DayOfWeek> days = EnumSet.of(from);
    for (DayOfWeek d = from; d != to; d = d.plus(1)) {
      days.add(d.plus(1));
    }
    try {
      return new WorkingHours(days, LocalTime.parse(m.group(3)), LocalTime.parse(m.group(4)), zone);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("working hours have a time that is not hh:mm: " + text, e);
    }
  }

  private static DayOfWeek day(String word) {
    return WeeklySlot.parse(word.toLowerCase(Locale.ROOT) + " 00:00").day();
  }

  /** When one working day's worth of working time has passed since the instant. */
  public Instant oneDayAfter(Instant from) {
    Duration left = Duration.between(start, end);
    ZonedDateTime at = from.atZone(zone);
    while (true) {
      if (!days.contains(at.getDayOfWeek()) || !at.toLocalTime().isBefore(end)) {
        at = at.toLocalDate().plusDays(1).atTime(start).atZone(zone);
        continue;
      }
      if (at.toLocalTime().isBefore(start)) {
        at = at.toLocalDate().atTime(start).atZone(zone);
      }
      Duration today = Duration.between(at.toLocalTime(), end);
      if (left.compareTo(today) <= 0) {
        return at.plus(left).toInstant();
      }
      left = left.minus(today);
      at = at.toLocalDate().plusDays(1).atTime(start).atZone(zone);
    }
  }
}
