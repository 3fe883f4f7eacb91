package org.dpcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dpcoach.core.model.Feedback;
import org.dpcoach.core.model.Origin;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.port.TurnLog;
import org.dpcoach.knowledge.Jurisdiction;
import org.dpcoach.store.InsightsQueries.Filter;
import org.dpcoach.store.InsightsRecorder.Review;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Insights recording on H2 and (with {@value Fixtures#PG_ENV}) PostgreSQL. */
class InsightsRecorderTest {
  static final Instant MARCH = Instant.parse("2026-03-10T09:41:17Z");
  static final Instant APRIL = Instant.parse("2026-04-02T14:05:00Z");
  static final Origin SLACK_DM = new Origin("slack", "T0NORTH", "dm");
  static final String SECRET_ID = "U0SECRETUSER";

  @TempDir Path temp;

  private Database open(String db) {
    return Database.open(db.equals("h2") ? Fixtures.h2(temp) : Fixtures.postgres());
  }

  private static TurnLog.Entry turn(Instant at, String user, Route route, Optional<String> text) {
    return new TurnLog.Entry(
        at,
        user,
        SLACK_DM,
        Jurisdiction.ENGLAND,
        route,
        route == Route.FALLBACK ? "out-of-scope" : "friend-requests",
        Optional.empty(),
        0.62,
        false,
        text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void record_turn_keepsTheHourAndAMonthlyPersonKeyNeverTheUserId(String kind) throws Exception {
    try (Database db = open(kind)) {
      InsightsRecorder recorder = db.insightsRecorder(false, Clock.systemUTC());
      recorder.record(turn(MARCH, SECRET_ID, Route.ANSWER, Optional.empty()));
      recorder.record(turn(MARCH.plusSeconds(60), SECRET_ID, Route.ANSWER, Optional.empty()));
      recorder.record(turn(APRIL, SECRET_ID, Route.ANSWER, Optional.empty()));
      recorder.record(
          new TurnLog.Entry(
              MARCH,
              SECRET_ID,
              new Origin("teams", "tenant", "dm"),
              Jurisdiction.SCOTLAND,
              Route.ANSWER,
              "friend-requests",
              Optional.of("friend-requests.former-client"),
              0.9,
              true));

      List<List<String>> rows =
          rows(
              db,
              "SELECT at_hour, key_month, person, platform, confidence_band, nation, case_id"
                  + " FROM insights_turn ORDER BY id");
      assertThat(rows).hasSize(4);
      assertThat(rows.get(0).get(1)).isEqualTo("2026-03");
      assertThat(rows.get(0).get(2)).matches("[0-9a-f]{32}");
      assertThat(rows.get(1).get(2)).as("same person, same month").isEqualTo(rows.get(0).get(2));
      assertThat(rows.get(2).get(2)).as("next month").isNotEqualTo(rows.get(0).get(2));
      assertThat(rows.get(3).get(2)).as("another platform").isNotEqualTo(rows.get(0).get(2));
      assertThat(rows.get(0).get(4)).isEqualTo("medium");
      assertThat(rows.get(3)).contains("high", "scotland", "friend-requests.former-client");
      assertThat(dump(db)).doesNotContain(SECRET_ID);
      var march =
          new Filter(
              Instant.parse("2026-03-09T00:00:00Z"),
              Instant.parse("2026-03-16T00:00:00Z"),
              Optional.empty());
      List<Instant> hours = new ArrayList<>();
      db.insights().eachTurn(march, t -> hours.add(t.hour()));
      assertThat(hours).containsOnly(Instant.parse("2026-03-10T09:00:00Z"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void record_unanswered_keptOnlyWhenSwitchedOnAndOnlyForFallbackAndClarify(String kind)
      throws Exception {
    try (Database db = open(kind)) {
      db.insightsRecorder(false, Clock.systemUTC())
          .record(turn(MARCH, "U1", Route.FALLBACK, Optional.of("where do I park [NAME]")));
      assertThat(count(db, "insights_unanswered")).isZero();
      InsightsRecorder keeping = db.insightsRecorder(true, Clock.systemUTC());
      keeping.record(turn(MARCH, "U1", Route.FALLBACK, Optional.of("where do I park [NAME]")));
      keeping.record(turn(MARCH, "U1", Route.CLARIFY, Optional.of("is it ok to message")));
      keeping.record(turn(MARCH, "U1", Route.ANSWER, Optional.of("should never be kept")));
      keeping.record(turn(MARCH, "U1", Route.ESCALATE, Optional.of("should never be kept")));
      assertThat(rows(db, "SELECT body FROM insights_unanswered ORDER BY id"))
          .containsExactly(List.of("where do I park [NAME]"), List.of("is it ok to message"));
      assertThat(count(db, "insights_turn")).isEqualTo(5);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void purge_unansweredAfter30Days_personKeysOfMonthsThatAreOver(String kind) throws Exception {
    try (Database db = open(kind)) {
      InsightsRecorder keeping = db.insightsRecorder(true, Clock.systemUTC());
      keeping.record(turn(MARCH, "U1", Route.FALLBACK, Optional.of("old question")));
      keeping.record(turn(APRIL, "U1", Route.FALLBACK, Optional.of("new question")));
      assertThat(rows(db, "SELECT name FROM insights_key ORDER BY name"))
          .containsExactly(List.of("person:2026-03"), List.of("person:2026-04"));

      var removed = db.purge(Instant.parse("2026-04-20T00:00:00Z"));

      assertThat(removed).containsEntry("insights_unanswered", 1).containsEntry("insights_key", 1);
      assertThat(rows(db, "SELECT body FROM insights_unanswered"))
          .containsExactly(List.of("new question"));
      assertThat(rows(db, "SELECT name FROM insights_key"))
          .containsExactly(List.of("person:2026-04"));
      assertThat(count(db, "insights_turn")).as("turns are kept for a year").isEqualTo(2);
      keeping.record(turn(APRIL.plusSeconds(3600), "U1", Route.ANSWER, Optional.empty()));
      assertThat(rows(db, "SELECT DISTINCT person FROM insights_turn WHERE key_month = '2026-04'"))
          .as("the month's key is kept while the month runs")
          .hasSize(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void review_contentGap_listedForTheKnowledgeOwners(String kind) throws Exception {
    Clock clock = Clock.fixed(MARCH, ZoneOffset.UTC);
    try (Database db = open(kind)) {
      InsightsRecorder recorder = db.insightsRecorder(false, clock);
      recorder.record(
          new Feedback("messaging-apps", "kb-1", false, Optional.of("nothing on [PHONE] groups"))
              .onCase("messaging-apps.group-chats")
              .from(SECRET_ID, SLACK_DM));
      recorder.record(
          new Feedback("messaging-apps", "kb-1", true, Optional.empty()).from("U2", SLACK_DM));
      InsightsQueries insights = db.insights();
      Filter all =
          new Filter(MARCH.minusSeconds(86_400), MARCH.plusSeconds(86_400), Optional.empty());
      var comments = insights.comments(all, Set.of("messaging-apps"), 10);
      assertThat(comments).hasSize(1);
      assertThat(comments.get(0).review()).isEqualTo(Review.NEW);
      assertThat(comments.get(0).week()).isEqualTo(LocalDate.of(2026, 3, 9));

      assertThat(insights.review(comments.get(0).id(), Review.CONTENT_GAP, MARCH)).isTrue();
      assertThat(insights.review(9_999, Review.REVIEWED, MARCH)).isFalse();

      assertThat(insights.contentGaps())
          .containsExactly(
              new InsightsQueries.ContentGap(
                  LocalDate.of(2026, 3, 10),
                  "messaging-apps",
                  Optional.of("messaging-apps.group-chats"),
                  "nothing on [PHONE] groups"));
      assertThat(dump(db)).doesNotContain(SECRET_ID);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void erase_person_deletesTheirRowsWhileTheMonthKeyIsHeld(String kind) throws Exception {
    try (Database db = open(kind)) {
      InsightsRecorder recorder = db.insightsRecorder(true, Clock.fixed(MARCH, ZoneOffset.UTC));
      recorder.record(turn(MARCH, SECRET_ID, Route.FALLBACK, Optional.of("a [NAME] question")));
      recorder.record(turn(MARCH, "U0SOMEONEELSE", Route.ANSWER, Optional.empty()));
      recorder.record(
          new Feedback("friend-requests", "kb", true, Optional.empty()).from(SECRET_ID, SLACK_DM));

      assertThat(db.heldAbout(SECRET_ID))
          .containsEntry("insights_turn", 1)
          .containsEntry("insights_feedback", 1)
          .containsEntry("insights_unanswered", 1);
      assertThat(db.erase(SECRET_ID)).containsEntry("insights_turn", 1);

      assertThat(db.heldAbout(SECRET_ID)).containsEntry("insights_turn", 0);
      assertThat(count(db, "insights_turn")).as("someone else's turn stays").isEqualTo(1);
      assertThat(count(db, "insights_feedback")).isZero();
      assertThat(count(db, "insights_unanswered")).isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void insightsLinkSecret_madeOnceAndShared(String kind) {
    try (Database db = open(kind)) {
      byte[] first = db.insightsLinkSecret();
      assertThat(first).hasSize(32);
      assertThat(db.insightsLinkSecret()).isEqualTo(first);
    }
  }

  private static long count(Database db, String table) throws SQLException {
    return Long.parseLong(rows(db, "SELECT COUNT(*) FROM " + table).get(0).get(0));
  }

  private static List<List<String>> rows(Database db, String query) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(query)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getString(i));
        }
        out.add(row);
      }
    }
    return out;
  }

  /** Every text value in the insights tables. */
  private static String dump(Database db) throws SQLException {
    StringBuilder out = new StringBuilder();
    for (String table :
        List.of("insights_turn", "insights_feedback", "insights_unanswered", "insights_key")) {
      rows(db, "SELECT * FROM " + table).forEach(r -> out.append(r).append('\n'));
    }
    return out.toString();
  }
}
