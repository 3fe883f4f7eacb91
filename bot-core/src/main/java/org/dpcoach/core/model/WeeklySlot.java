package org.dpcoach.core.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/** A weekly slot in wall-clock time, such as Monday 09:30, in the zone it is used with. */
public record WeeklySlot(DayOfWeek day, LocalTime time) {

  /** Checks the values at once. */
  public WeeklySlot {
    Objects.requireNonNull(day, "day must not be null");
    Objects.requireNonNull(time, "time must not be null");
  }

  /** Reads "mon 09:30", "Monday 9:30" and the like; throws with a message saying what is wrong. */
  public static WeeklySlot parse(String text) {
    String[] words =
        text == null ? new String[0] : text.strip().toLowerCase(Locale.ROOT).split("\\s+");
    if (words.length != 2) {
      throw new Unreadable(
          Unreadable.Problem.SHAPE, "", "a slot is a day and a time, for example 'mon 09:30'");
    }
    DayOfWeek day = null;
    for (DayOfWeek d : DayOfWeek.values()) {
      String name = d.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
      if (words[0].length() >= 3 && name.startsWith(words[0])) {
        day = d;
      }
    }
    if (day == null) {
      throw new Unreadable(
          Unreadable.Problem.DAY, words[0], "'" + words[0] + "' is not a day of the week");
    }
    try {
      String time = words[1].length() == 4 ? "0" + words[1] : words[1];
      return new WeeklySlot(day, LocalTime.parse(time));
    } catch (DateTimeParseException e) {
      throw new Unreadable(
          Unreadable.Problem.TIME, words[1], "'" + words[1] + "' is not a time such as 09:30");
    }
  }

  /** The first firing strictly after the instant, in the zone's wall-clock time. */
  public Instant next(Instant after, ZoneId zone) {
    ZonedDateTime now = after.atZone(zone);
    ZonedDateTime candidate =
        now.toLocalDate().with(TemporalAdjusters.nextOrSame(day)).atTime(time).atZone(zone);
    if (!candidate.toInstant().isAfter(after)) {
      candidate = now.toLocalDate().with(TemporalAdjusters.next(day)).atTime(time).atZone(zone);
    }
    return candidate.toInstant();
  }

  /**
   * The firing after one that happened at {@code fired}, seen at {@code now}: the next slot after
   * whichever is later, so a late firing never schedules one in the past.
   */
  public Instant nextAfterFiring(Instant fired, Instant now, ZoneId zone) {
    return next(fired.isAfter(now) ? fired : now, zone);
  }

  /** The slot as people write it: "mon 09:30". */
  public String format() {
    return day.getDisplayName(TextStyle.SHORT, Locale.UK).toLowerCase(Locale.ROOT) + " " + time;
  }

  /**
   * Text that is not a slot: what is wrong with it, and the word at fault (empty for its shape).
   */
  public static final class Unreadable extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What is wrong: not two words, not a day, not a time. */
    public enum Problem {
      SHAPE,
      DAY,
      TIME
    }

    private final Problem problem;
    private final String word;

    Unreadable(Problem problem, String word, String message) {
      super(message);
      this.problem = problem;
      this.word = word;
    }

    /** What is wrong. */
    public Problem problem() {
      return problem;
    }

    /** The word at fault, as typed (lower case); empty when the shape is wrong. */
    public String word() {
      return word;
    }
  }
}
