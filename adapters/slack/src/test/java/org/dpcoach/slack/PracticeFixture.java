package org.dpcoach.slack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.port.ChannelPoster;
import org.dpcoach.core.port.TipTimer;
import org.dpcoach.core.practice.ChampionDesk;
import org.dpcoach.core.practice.ChampionPosts;
import org.dpcoach.core.practice.ChampionSettings;
import org.dpcoach.core.practice.Champions;
import org.dpcoach.core.practice.InsightsDesk;
import org.dpcoach.core.practice.NationDesk;
import org.dpcoach.core.practice.NationSetting;
import org.dpcoach.core.practice.PracticeDesks;
import org.dpcoach.core.practice.PracticeSettings;
import org.dpcoach.core.practice.SupervisionDesk;
import org.dpcoach.core.practice.TipDesk;
import org.dpcoach.core.practice.TipLibrary;
import org.dpcoach.core.practice.TipPublisher;
import org.dpcoach.core.practice.WorkingHours;
import org.dpcoach.knowledge.Jurisdiction;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.store.Database;
import org.dpcoach.store.StoreSettings;
import org.dpcoach.testkit.MutableClock;
import org.dpcoach.testkit.TestCoach;

/**
 * Tips and supervision on an H2 database in a folder, wired as the app wires them, with a recording
 * timer.
 */
final class PracticeFixture implements AutoCloseable {
  static final String CHAMPION = "UCHAMP";
  static final String SECOND_CHAMPION = "UCHAMP2";
  static final String CHAMPIONS_CHANNEL = "CCHAMPS";
  private static KnowledgeBase kb;

  record Timed(String platform, String channel, Instant next) {}

  final Database db;
  final List<Timed> timer = new CopyOnWriteArrayList<>();
  final List<Timed> sessionTimer = new CopyOnWriteArrayList<>();
  TipPublisher publisher;
  ChampionDesk champions;

  /** The champions' desk's clock: a Tuesday, 10:00 in London, until a test moves it. */
  final MutableClock championClock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));

  PracticeFixture(Path dir) {
    db = Database.open(StoreSettings.embedded(dir));
  }

  /** The Slack timestamp of the champions' post for question {@code id}, once it was posted. */
  String championPostTs(long id) {
    return db.outbox().find("champion:" + id + ":post").orElseThrow().messageId().orElseThrow();
  }

  static synchronized KnowledgeBase kb() {
    if (kb == null) {
      kb =
          KnowledgeBase.loader()
              .exampleEmployer(true)
              .practiceDirectory(Path.of("src/test/resources/practice"))
              .load();
    }
    return kb;
  }

  /** The desks for an adapter talking to the given Slack settings. */
  Optional<PracticeDesks> desks(SlackSettings settings) {
    CoachEngine engine = TestCoach.engine();
    PracticeSettings practice =
        PracticeSettings.builder(Champions.of(List.of(CHAMPION, SECOND_CHAMPION)))
            .approvalRequired(true)
            .clock(Clock.systemUTC())
            .build();
    ChannelPoster poster = SlackAdapter.channelPoster(settings);
    NationSetting nations = new NationSetting(db.channelNations(), Jurisdiction.ENGLAND);
    TipLibrary library = new TipLibrary(kb(), db.tips(), nations);
    publisher =
        new TipPublisher(
                db.outbox(), db.schedules(), library, Map.of("slack", poster), practice, "test")
            .withOtherPosts(
                new ChampionPosts(db.championQuestions(), db.outbox(), kb().dialogue()));
    TipTimer recording = (platform, channel, next) -> timer.add(new Timed(platform, channel, next));
    TipDesk tips =
        new TipDesk(
            practice,
            db.tips(),
            db.schedules(),
            recording,
            publisher,
            library,
            engine::topicOf,
            engine.guard());
    SupervisionDesk supervision =
        new SupervisionDesk(
            practice,
            kb(),
            db.sessions(),
            Map.of("slack", poster),
            engine.guard(),
            (platform, channel, next) -> sessionTimer.add(new Timed(platform, channel, next)),
            nations);
    champions =
        new ChampionDesk(
            new ChampionSettings(
                practice.champions(),
                Map.of("slack", CHAMPIONS_CHANNEL),
                WorkingHours.officeHours(),
                championClock,
                kb().dialogue()),
            db.championQuestions(),
            db.outbox(),
            publisher,
            engine::topicOf,
            engine.guard());
    return Optional.of(
        new PracticeDesks(
            tips,
            supervision,
            new NationDesk(practice, nations, kb().dialogue()),
            InsightsDesk.off(practice.champions(), kb().dialogue()),
            Optional.of(champions)));
  }

  /** Every text value in every table, for scanning. */
  List<String> everyStoredText() throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        Statement st = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          st.executeQuery(
              "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
              Object v = rs.getObject(i);
              if (v instanceof byte[] bytes) {
                values.add(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
              } else if (v != null) {
                values.add(v.toString());
              }
            }
          }
        }
      }
    }
    return values;
  }

  int count(String sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Override
  public void close() {
    db.close();
  }
}
