package org.dpcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dpcoach.support.Inbox;
import org.dpcoach.testkit.MutableClock;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shared inbox: a key is recorded once across instances and restarts, a request is answered by
 * the instance holding its lease, and what a dead instance left is taken over by exactly one other.
 */
class InboxTest {
  static final Duration LEASE = Duration.ofSeconds(30);
  static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

  @TempDir Path temp;

  StoreSettings settings(String vendor) {
    return vendor.equals("h2") ? Fixtures.h2(temp) : Fixtures.postgres();
  }

  static Inbox.Delivery delivery(String key, String user) {
    return Inbox.Delivery.of(key, "slack", "ask", user, "{\"text\":\"[NAME] asked\"}", true);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void record_sameKeyOnTwoInstancesAndAfterRestart_recordedOnce(String vendor) throws Exception {
    StoreSettings settings = settings(vendor);
    MutableClock clock = new MutableClock(T0);
    try (Database a = Database.open(settings);
        Database b = Database.open(settings)) {
      Inbox one = a.inbox("a", LEASE, LEASE, clock);
      Inbox two = b.inbox("b", LEASE, LEASE, clock);
      assertThat(one.record(delivery("slack:event:Ev1", "U1"))).isTrue();
      assertThat(two.record(delivery("slack:event:Ev1", "U1"))).isFalse();
      assertThat(one.start("slack:event:Ev1")).isTrue();
      one.done("slack:event:Ev1");
      assertThat(two.record(delivery("slack:event:Ev1", "U1"))).isFalse();
    }
    try (Database restarted = Database.open(settings)) {
      assertThat(
              restarted.inbox("c", LEASE, LEASE, clock).record(delivery("slack:event:Ev1", "U1")))
          .isFalse();
      assertThat(
              ExactlyOnceTest.count(
                  restarted, "SELECT COUNT(*) FROM inbox WHERE payload IS NOT NULL"))
          .isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void abandoned_deadInstancesRequests_takenOverOnceAfterTheLease(String vendor) throws Exception {
    MutableClock clock = new MutableClock(T0);
    try (Database db = Database.open(settings(vendor))) {
      Inbox dead = db.inbox("dead", LEASE, LEASE, clock);
      for (int i = 0; i < 50; i++) {
        dead.record(delivery("slack:event:E" + i, "U1"));
      }
      dead.start("slack:event:E0"); // died while answering this one
      List<Inbox> survivors = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        survivors.add(db.inbox("survivor-" + i, LEASE, LEASE, clock));
      }
      assertThat(survivors.get(0).abandoned("slack", 100)).isEmpty(); // lease still running

      clock.advance(LEASE.plusSeconds(1));
      ConcurrentLinkedQueue<String> taken = new ConcurrentLinkedQueue<>();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> sweeps = new ArrayList<>();
      for (Inbox s : survivors) {
        sweeps.add(
            pool.submit(
                () -> {
                  go.await();
                  s.abandoned("slack", 100).forEach(d -> taken.add(d.key()));
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> f : sweeps) {
        f.get();
      }
      pool.shutdown();

      assertThat(taken).hasSize(50).doesNotHaveDuplicates();
      assertThat(dead.start("slack:event:E1")).isFalse(); // the dead one's lease is gone
      Inbox.Delivery again =
          db.inbox("x", LEASE, LEASE, clock).abandoned("slack", 1).stream()
              .findFirst()
              .orElse(null);
      assertThat(again).isNull(); // all leased to survivors now
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void abandoned_failingRequest_givenUpAfterThreeAttempts(String vendor) throws Exception {
    MutableClock clock = new MutableClock(T0);
    try (Database db = Database.open(settings(vendor))) {
      Inbox inbox = db.inbox("a", LEASE, LEASE, clock);
      inbox.record(delivery("slack:event:poison", "U1"));
      for (int attempt = 1; attempt <= JdbcInbox.MAX_ATTEMPTS; attempt++) {
        assertThat(inbox.start("slack:event:poison")).isTrue();
        clock.advance(LEASE.plusSeconds(1));
        List<Inbox.Delivery> taken = inbox.abandoned("slack", 10);
        assertThat(taken).hasSize(attempt < JdbcInbox.MAX_ATTEMPTS ? 1 : 0);
        if (!taken.isEmpty()) {
          assertThat(taken.get(0).attempts()).isEqualTo(attempt);
          assertThat(taken.get(0).found()).isTrue();
          assertThat(taken.get(0).payload()).contains("[NAME]");
        }
      }
      assertThat(ExactlyOnceTest.count(db, "SELECT COUNT(*) FROM inbox WHERE state = 'FAILED'"))
          .isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void release_queueFull_retryIsTakenOn(String vendor) throws Exception {
    try (Database db = Database.open(settings(vendor))) {
      Inbox inbox = db.inbox("a", LEASE, LEASE, new MutableClock(T0));
      assertThat(inbox.record(delivery("slack:event:busy", "U1"))).isTrue();
      inbox.release("slack:event:busy");
      assertThat(inbox.record(delivery("slack:event:busy", "U1"))).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void purge_answeredRowsAfterTwoDays_removed(String vendor) throws Exception {
    MutableClock clock = new MutableClock(T0);
    try (Database db = Database.open(settings(vendor))) {
      Inbox inbox = db.inbox("a", LEASE, LEASE, clock);
      inbox.record(delivery("slack:event:old", "U1"));
      inbox.done("slack:event:old");
      clock.advance(Duration.ofDays(3));
      inbox.record(delivery("slack:event:new", "U1"));
      inbox.done("slack:event:new");
      assertThat(db.purge(clock.instant())).containsEntry("inbox", 1);
      assertThat(inbox.record(delivery("slack:event:new", "U1"))).isFalse();
    }
  }
}
