package org.dpcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.dpcoach.core.port.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionTest {
  static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  @TempDir Path temp;

  @Test
  void purge_rowsPastRetention_removedAndRecentOnesKept() throws Exception {
    try (Database db =
        Database.open(Fixtures.h2(temp).toBuilder().retention(Duration.ofDays(90)).build())) {
      Instant old = NOW.minus(Duration.ofDays(100));
      Instant recent = NOW.minus(Duration.ofDays(10));
      for (Instant at : new Instant[] {old, recent}) {
        String key = "tip:slack:C1:" + at.getEpochSecond();
        db.outbox().plan(key, "slack", "C1", at, counts -> "tip-001", at);
        db.outbox().claim(key, "x", at);
        db.outbox().sent(key, "1.0", at);
        Session s =
            db.sessions().create("slack", "C1", "late-night-message", "U1", at, Optional.empty());
        db.sessions().end(s.id(), Session.State.DEBRIEFED, at);
        db.tips().add("data-breach", "an unapproved tip", "U1", Optional.empty(), at);
      }
      Session abandoned =
          db.sessions()
              .create(
                  "slack",
                  "C2",
                  "late-night-message",
                  "U1",
                  NOW.minus(Duration.ofDays(2)),
                  Optional.empty());
      db.sessions()
          .reply(abandoned.id(), "U2", 1, "a redacted reply", NOW.minus(Duration.ofDays(2)));

      var removed = db.purge(NOW);

      assertThat(removed)
          .containsEntry("tip_outbox", 1)
          .containsEntry("supervision_session", 1)
          .containsEntry("custom_tip", 1)
          .containsEntry("supervision_reply", 1)
          .containsEntry("supervision_session_expired", 1);
      assertThat(ExactlyOnceTest.count(db, "SELECT COUNT(*) FROM tip_outbox")).isEqualTo(1);
      assertThat(ExactlyOnceTest.count(db, "SELECT COUNT(*) FROM supervision_reply")).isZero();
      assertThat(db.sessions().find(abandoned.id()).orElseThrow().state())
          .isEqualTo(Session.State.EXPIRED);
      assertThat(db.tips().all()).hasSize(1);
    }
  }

  @Test
  void settings_badUrlAndRetention_sayWhatIsWrong() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> StoreSettings.at("jdbc:mysql://x", Optional.empty(), Optional.empty(), temp))
        .hasMessage("database url must start with jdbc:postgresql: or jdbc:h2:");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> StoreSettings.builder(temp).retention(Duration.ZERO))
        .hasMessage("retention must be positive");
    assertThat(
            StoreSettings.at(
                    "jdbc:postgresql://db/x?password=secret",
                    Optional.of("u"),
                    Optional.of("p"),
                    temp)
                .toString())
        .doesNotContain("secret")
        .doesNotContain("=p,");
  }

  @Test
  void builder_badArguments_throwAtOnceWithExactMessages() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StoreSettings.builder(null))
        .hasMessage("data dir must not be null");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> StoreSettings.builder(temp).url("jdbc:sqlite:x"))
        .hasMessage("database url must start with jdbc:postgresql: or jdbc:h2:");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> StoreSettings.builder(temp).retention(Duration.ofDays(-1)))
        .hasMessage("retention must be positive");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StoreSettings.builder(temp).user(null))
        .hasMessage("user must not be null");
    StoreSettings built =
        StoreSettings.builder(temp)
            .url("jdbc:postgresql://db/x")
            .user("u")
            .password("p")
            .retention(Duration.ofDays(7))
            .build();
    assertThat(built.toBuilder().build()).isEqualTo(built);
    assertThat(built.retention()).isEqualTo(Duration.ofDays(7));
  }
}
