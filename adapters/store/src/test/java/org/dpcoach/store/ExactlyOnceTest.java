package org.dpcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.dpcoach.core.model.WeeklySlot;
import org.dpcoach.core.port.TipSchedule;
import org.dpcoach.core.practice.Champions;
import org.dpcoach.core.practice.PracticeSettings;
import org.dpcoach.core.practice.TipLibrary;
import org.dpcoach.core.practice.TipPublisher;
import org.dpcoach.testkit.Poll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two scheduler instances on one database, 200 channels due in the same minute: each tip posted
 * once.
 */
@Tag("integration")
class ExactlyOnceTest {
  static final int CHANNELS = 200;

  @TempDir Path temp;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void twoSchedulers_200SlotsDueInTheSameMinute_eachPostedExactlyOnce(String vendor)
      throws Exception {
    StoreSettings settings = vendor.equals("h2") ? Fixtures.h2(temp) : Fixtures.postgres();
    Clock clock = Clock.systemUTC();
    FakePoster poster = new FakePoster();
    try (Database a = Database.open(settings);
        Database b = Database.open(settings)) {
      PracticeSettings practice = PracticeSettings.builder(Champions.none()).clock(clock).build();
      Instant due = clock.instant().truncatedTo(ChronoUnit.MINUTES);
      ZonedDateTime local = due.atZone(PracticeSettings.LONDON);
      WeeklySlot slot = new WeeklySlot(local.getDayOfWeek(), local.toLocalTime());
      for (int i = 0; i < CHANNELS; i++) {
        a.schedules().save(new TipSchedule("slack", "C" + i, slot, false, "UCHAMP", due));
      }
      long started = System.nanoTime();
      try (TipScheduler one =
              TipScheduler.start(
                  a,
                  publisher(a, poster, practice, "instance-a"),
                  null,
                  clock,
                  timing("instance-a"));
          TipScheduler two =
              TipScheduler.start(
                  b,
                  publisher(b, poster, practice, "instance-b"),
                  null,
                  clock,
                  timing("instance-b"))) {
        TipScheduler.Timer timerA = TipScheduler.timer(a);
        TipScheduler.Timer timerB = TipScheduler.timer(b);
        for (int i = 0; i < CHANNELS; i++) {
          (i % 2 == 0 ? timerA : timerB).schedule("slack", "C" + i, due);
        }
        one.poke();
        two.poke();
        Poll.until(Duration.ofSeconds(60), () -> poster.perKey.size() >= CHANNELS);
        long took = System.nanoTime() - started;
        // no duplicate can show up once every slot has moved to next week and nothing is unsent
        assertThat(
                Poll.until(
                    Duration.ofSeconds(60),
                    () ->
                        settled(a, TipScheduler.SLOT_TASK, due) == CHANNELS
                            && unchecked(
                                    () ->
                                        count(
                                            a,
                                            "SELECT COUNT(*) FROM tip_outbox WHERE state <> 'SENT'"))
                                == 0))
            .as("every slot done and rescheduled")
            .isTrue();
        List<Map.Entry<String, Integer>> byOwner = owners(a);
        System.err.printf(
            "exactly-once [%s]: %d slots, %d posts, %d distinct keys, max per key %d, %d ms; claims per instance %s%n",
            vendor,
            CHANNELS,
            poster.posts.size(),
            poster.perKey.size(),
            poster.perKey.values().stream().mapToInt(Integer::intValue).max().orElse(0),
            took / 1_000_000,
            byOwner);

        assertThat(poster.perKey).hasSize(CHANNELS);
        assertThat(poster.perKey.values()).containsOnly(1);
        assertThat(poster.posts).hasSize(CHANNELS);
        assertThat(count(a, "SELECT COUNT(*) FROM tip_outbox WHERE state = 'SENT'"))
            .isEqualTo(CHANNELS);
      }
    }
  }

  private static TipPublisher publisher(
      Database db, FakePoster poster, PracticeSettings settings, String name) {
    return new TipPublisher(
        db.outbox(),
        db.schedules(),
        new TipLibrary(Fixtures.kb(), db.tips()),
        Map.of("slack", poster),
        settings,
        name);
  }

  private static TipScheduler.Timing timing(String name) {
    return new TipScheduler.Timing(name, Duration.ofMillis(100), Duration.ofMinutes(1), 4);
  }

  /**
   * How many executions of {@code task} are done with the slot at {@code due}: not picked, and
   * rescheduled to a later week.
   */
  static int settled(Database db, String task, Instant due) {
    return unchecked(
        () -> {
          try (var c = db.dataSource().getConnection();
              var s =
                  c.prepareStatement(
                      "SELECT COUNT(*) FROM scheduled_tasks"
                          + " WHERE task_name = ? AND picked = FALSE AND execution_time > ?")) {
            s.setString(1, task);
            s.setTimestamp(2, java.sql.Timestamp.from(due.plus(Duration.ofDays(1))));
            try (var rs = s.executeQuery()) {
              rs.next();
              return rs.getInt(1);
            }
          }
        });
  }

  /** A database reading for a polled condition. */
  interface Reading {
    int read() throws Exception;
  }

  static int unchecked(Reading reading) {
    try {
      return reading.read();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static int count(Database db, String sql) throws Exception {
    try (var c = db.dataSource().getConnection();
        var rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static List<Map.Entry<String, Integer>> owners(Database db) throws Exception {
    try (var c = db.dataSource().getConnection();
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT claimed_by, COUNT(*) FROM tip_outbox GROUP BY claimed_by ORDER BY claimed_by")) {
      List<Map.Entry<String, Integer>> out = new java.util.ArrayList<>();
      while (rs.next()) {
        out.add(Map.entry(String.valueOf(rs.getString(1)), rs.getInt(2)));
      }
      return out;
    }
  }
}
