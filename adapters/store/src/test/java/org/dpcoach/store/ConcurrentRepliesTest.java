package org.dpcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dpcoach.core.port.Session;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Many people replying to one supervision thread at once: every reply and count is stored. */
class ConcurrentRepliesTest {
  static final int PEOPLE = 20;
  static final int REPLIES_EACH = 4;

  @TempDir Path temp;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void reply_twentyPeopleFourQuickRepliesEach_allEightyStored(String vendor) throws Exception {
    StoreSettings settings = vendor.equals("h2") ? Fixtures.h2(temp) : Fixtures.postgres();
    Instant at = Instant.parse("2026-11-23T10:00:00Z");
    try (Database a = Database.open(settings);
        Database b = Database.open(settings)) {
      Session s =
          a.sessions().create("slack", "C1", "late-night-message", "U0", at, Optional.empty());
      ExecutorService pool = Executors.newFixedThreadPool(PEOPLE * 2);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> sent = new ArrayList<>();
      for (int p = 0; p < PEOPLE; p++) {
        for (int r = 0; r < REPLIES_EACH; r++) {
          Database instance = (p + r) % 2 == 0 ? a : b;
          String user = "U" + (p + 1);
          sent.add(
              pool.submit(
                  () -> {
                    go.await();
                    instance.sessions().reply(s.id(), user, 1, "a redacted reply", at);
                    return null;
                  }));
        }
      }
      go.countDown();
      for (Future<?> f : sent) {
        f.get();
      }
      pool.shutdown();

      int stored = a.sessions().replies(s.id()).size();
      int counted = 0;
      for (int p = 1; p <= PEOPLE; p++) {
        counted += a.sessions().contributions(s.id(), "U" + p);
      }
      System.out.printf(
          "%s: %d replies sent, %d stored, %d counted%n", vendor, 80, stored, counted);
      assertThat(stored).isEqualTo(PEOPLE * REPLIES_EACH);
      assertThat(counted).isEqualTo(PEOPLE * REPLIES_EACH);
    }
  }
}
