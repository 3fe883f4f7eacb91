package org.dpcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.guard.Redaction;
import org.dpcoach.core.port.Session;
import org.dpcoach.core.practice.Caller;
import org.dpcoach.core.practice.Champions;
import org.dpcoach.core.practice.PracticeSettings;
import org.dpcoach.core.practice.SupervisionDesk;
import org.dpcoach.testkit.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A timed session moves on by itself when the clock passes each step's share of its minutes. */
class SupervisionTimerTest {
  static final PersonalDataGuard NOTHING_FOUND = text -> new Redaction(text, List.of());

  @TempDir Path temp;

  @Test
  void advanceDue_timedSession_postsEachStepThenTheDebriefAndEnds() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    FakePoster poster = new FakePoster();
    try (Database db = Database.open(Fixtures.h2(temp))) {
      SupervisionDesk desk =
          new SupervisionDesk(
              PracticeSettings.builder(Champions.none()).clock(clock).build(),
              Fixtures.kb(),
              db.sessions(),
              Map.of("slack", poster),
              NOTHING_FOUND);
      assertThat(
              desk.start(new Caller("slack", "UFAC", "C1"), "late-night-message timed").changed())
          .isTrue();

      assertThat(desk.advanceDue()).isZero();
      for (int tick = 1; tick <= 6; tick++) {
        clock.advance(
            Duration.ofMinutes(4)); // 20 minutes over 5 steps and the debrief: one every 3 m 20 s
        assertThat(desk.advanceDue()).as("tick %d", tick).isEqualTo(1);
      }

      assertThat(poster.posts)
          .extracting(p -> p.message().title())
          .containsExactly(
              "Group supervision: A message at 11pm",
              "Step 1 of 5: Recognise the issue",
              "Step 2 of 5: The facts",
              "Step 3 of 5: Evaluate against principles",
              "Step 4 of 5: Act",
              "Step 5 of 5: Review",
              "Debrief: what the standards say");
      assertThat(poster.posts.subList(1, 7))
          .allSatisfy(p -> assertThat(p.channel()).isEqualTo("C1"));
      assertThat(db.sessions().find(1).orElseThrow().state()).isEqualTo(Session.State.DEBRIEFED);
      clock.advance(Duration.ofMinutes(10));
      assertThat(desk.advanceDue()).isZero();
    }
  }
}
