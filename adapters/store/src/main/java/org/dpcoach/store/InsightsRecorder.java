package org.dpcoach.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.dpcoach.core.model.Feedback;
import org.dpcoach.core.model.Origin;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.port.FeedbackSink;
import org.dpcoach.core.port.TurnLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records turns and feedback for insights: the hour, where, how the coach answered, and a person
 * key (a keyed hash of the user id under the month's key), never the user id or the text as typed.
 * The redacted text of an unanswered question is kept only when the employer switched that on.
 * Never throws: a failure is logged by its class and the turn goes on.
 */
public final class InsightsRecorder implements TurnLog, FeedbackSink {
  /** How long an unanswered question's redacted text is kept. */
  public static final Duration UNANSWERED_KEPT = Duration.ofDays(30);

  /** How long turns and feedback are kept: a year and a month, for a year of weekly trends. */
  public static final Duration TURNS_KEPT = Duration.ofDays(400);

  /** The wall-clock zone weeks are counted in (a week starts on Monday, London time). */
  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  private static final Logger LOG = LoggerFactory.getLogger(InsightsRecorder.class);
  private static final int MAX_COMMENT = 1_000;
  private static final int MAX_UNANSWERED = 4_000;

  private final Sql sql;
  private final InsightsKeys keys;
  private final boolean keepUnanswered;
  private final Clock clock;

  InsightsRecorder(Sql sql, InsightsKeys keys, boolean keepUnanswered, Clock clock) {
    this.sql = sql;
    this.keys = keys;
    this.keepUnanswered = keepUnanswered;
    this.clock = clock;
  }

  /** The Monday (London time) of the week an instant falls in. */
  public static LocalDate week(Instant at) {
    return at.atZone(ZONE).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** {@code high} from 0.7, {@code medium} from 0.4, else {@code low}. */
  static String band(double confidence) {
    return confidence >= 0.7 ? "high" : confidence >= 0.4 ? "medium" : "low";
  }

  @Override
  public void record(TurnLog.Entry e) {
    try {
      Instant hour = e.at().truncatedTo(ChronoUnit.HOURS);
      String person = keys.person(e.origin().platform(), e.userId(), e.at());
      Origin o = e.origin();
      sql.tx(
          c -> {
            Sql.update(
                c,
                "INSERT INTO insights_turn (at_hour, week_of, key_month, person, platform, workspace,"
                    + " channel_kind, nation, route, topic, case_id, confidence_band, redacted)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                hour,
                week(e.at()),
                InsightsKeys.month(e.at()),
                person,
                cut(o.platform(), 20),
                cut(o.workspace(), 100),
                cut(o.channelKind(), 10),
                e.nation().name().toLowerCase(Locale.ROOT),
                e.route().id(),
                cut(e.topic(), 100),
                e.caseId().map(id -> cut(id, 200)).orElse(null),
                band(e.confidence()),
                e.redacted());
            boolean unanswered = e.route() == Route.FALLBACK || e.route() == Route.CLARIFY;
            if (keepUnanswered
                && unanswered
                && e.unanswered().filter(t -> !t.isBlank()).isPresent()) {
              Sql.update(
                  c,
                  "INSERT INTO insights_unanswered (at_hour, key_month, person, platform, workspace,"
                      + " route, topic, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                  hour,
                  InsightsKeys.month(e.at()),
                  person,
                  cut(o.platform(), 20),
                  cut(o.workspace(), 100),
                  e.route().id(),
                  cut(e.topic(), 100),
                  cut(e.unanswered().get().strip(), MAX_UNANSWERED));
            }
            return null;
          });
    } catch (RuntimeException ex) {
      LOG.warn("insights could not record a turn: {}", ex.getClass().getName());
    }
  }

  @Override
  public void record(Feedback f) {
    try {
      Instant now = clock.instant();
      String person = keys.person(f.origin().platform(), f.userId(), now);
      sql.update(
          "INSERT INTO insights_feedback (at_hour, week_of, key_month, person, platform, workspace,"
              + " topic, case_id, helpful, comment, review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          now.truncatedTo(ChronoUnit.HOURS),
          week(now),
          InsightsKeys.month(now),
          person,
          cut(f.origin().platform(), 20),
          cut(f.origin().workspace(), 100),
          cut(f.topic(), 100),
          f.caseId().map(id -> cut(id, 200)).orElse(null),
          f.helpful(),
          f.missing().filter(m -> !m.isBlank()).map(m -> cut(m.strip(), MAX_COMMENT)).orElse(null),
          Review.NEW.name());
    } catch (RuntimeException ex) {
      LOG.warn("insights could not record feedback: {}", ex.getClass().getName());
    }
  }

  /** Where a champion has got to with a not-helpful comment. */
  public enum Review {
    NEW,
    REVIEWED,
    CONTENT_GAP
  }

  /**
   * Deletes unanswered questions after {@link #UNANSWERED_KEPT}, turns and feedback after {@link
   * #TURNS_KEPT}, and the person keys of months that are over; the rows removed per table.
   */
  static Map<String, Integer> purge(Connection c, InsightsKeys keys, Instant now)
      throws SQLException {
    Map<String, Integer> removed = new LinkedHashMap<>();
    removed.put(
        "insights_unanswered",
        Sql.update(
            c, "DELETE FROM insights_unanswered WHERE at_hour < ?", now.minus(UNANSWERED_KEPT)));
    removed.put(
        "insights_turn",
        Sql.update(c, "DELETE FROM insights_turn WHERE at_hour < ?", now.minus(TURNS_KEPT)));
    removed.put(
        "insights_feedback",
        Sql.update(c, "DELETE FROM insights_feedback WHERE at_hour < ?", now.minus(TURNS_KEPT)));
    removed.put("insights_key", keys.deleteOldPersonKeys(c, now));
    return removed;
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
