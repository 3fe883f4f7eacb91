package org.dpcoach.core.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.dpcoach.core.model.Action;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.port.Session;
import org.dpcoach.knowledge.Scenario;
import org.junit.jupiter.api.Test;

/** Group supervision through the in-port, over in-memory stores. */
class SupervisionDeskTest {
  private final DeskFixture fixture = new DeskFixture();

  @Test
  void handle_startNamedScenario_postsItWithNextAndSkip() {
    Scenario first = DeskFixture.KB.scenarios().get(0);

    String answer = fixture.say(DeskFixture.MEMBER, "supervision start " + first.id());

    assertThat(answer).contains("\"" + first.title() + "\" is in the channel.");
    Message opening = fixture.poster.last().message();
    assertThat(opening.title()).isEqualTo("Group supervision: " + first.title());
    assertThat(opening.plainText())
        .contains(first.scenario(), "The facilitator presses Next for each step;");
    assertThat(opening.actions()).extracting(Action::label).containsExactly("Next", "Skip");
  }

  @Test
  void handle_startUnknownScenario_namesTheOnes() {
    assertThat(fixture.say(DeskFixture.MEMBER, "supervision start nothing-like-this"))
        .contains("No such scenario", "Choose one of: " + DeskFixture.KB.scenarios().get(0).id());
    assertThat(fixture.poster.posts()).isEmpty();
  }

  @Test
  void handle_startWhenThePlatformRefuses_expiresTheSession() {
    fixture.poster.refuse();

    assertThat(fixture.say(DeskFixture.MEMBER, "supervision start"))
        .contains("Session not started", "Is the coach a member of it?");
    assertThat(fixture.stores.sessions().get(0).state()).isEqualTo(Session.State.EXPIRED);
  }

  @Test
  void next_throughEveryStep_endsWithTheDebriefAndItsSources() {
    Scenario first = DeskFixture.KB.scenarios().get(0);
    fixture.say(DeskFixture.MEMBER, "supervision start " + first.id());
    long session = fixture.stores.sessions().get(0).id();

    for (int step = 1; step <= first.steps().size() + 1; step++) {
      assertThat(fixture.desks.supervision().next(DeskFixture.in(DeskFixture.MEMBER), session))
          .extracting(DeskReply::changed)
          .isEqualTo(true);
    }

    Message debrief = fixture.poster.last().message();
    assertThat(debrief.title()).isEqualTo("Debrief: what the standards say");
    assertThat(debrief.plainText()).contains(first.debrief(), "Sources:");
    assertThat(debrief.actions())
        .containsExactly(new Action(Action.CPD, "Save CPD reflection", Long.toString(session)));
    assertThat(fixture.stores.sessions().get(0).state()).isEqualTo(Session.State.DEBRIEFED);
  }

  @Test
  void handle_scheduleListPauseResume_keepTheChannelsWeeklySession() {
    Scenario first = DeskFixture.KB.scenarios().get(0);

    assertThat(fixture.say(DeskFixture.MEMBER, "supervision schedule here thu 14:00"))
        .contains("only the digital champions");
    assertThat(
            fixture.say(
                DeskFixture.CHAMPION,
                "supervision schedule here thu 14:00 " + first.id() + " timed"))
        .contains(
            "A group-supervision session every thu 14:00 (Europe/London), on \""
                + first.id()
                + "\", with steps on a timer. The first one: Thursday 4 June 2026, 14:00.");
    assertThat(fixture.timer)
        .containsExactly(
            new DeskFixture.Timed(
                DeskFixture.PLATFORM, DeskFixture.CHANNEL, Instant.parse("2026-06-04T13:00:00Z")));
    assertThat(fixture.say(DeskFixture.MEMBER, "supervision list"))
        .contains("This channel: a session every thu 14:00 (" + first.id() + ", timed).");
    assertThat(fixture.say(DeskFixture.CHAMPION, "supervision pause"))
        .contains("Supervision paused");
    assertThat(fixture.say(DeskFixture.MEMBER, "supervision list")).contains(", timed), paused.");
    assertThat(fixture.say(DeskFixture.CHAMPION, "supervision schedule here thu 25:00"))
        .contains("'25:00' is not a time such as 09:30.");
    assertThat(fixture.say(DeskFixture.CHAMPION, "supervision schedule here thu"))
        .contains("Say where and when");
    assertThat(fixture.say(DeskFixture.CHAMPION, "supervision resume #C-SOUTH"))
        .contains("That channel has no recurring session.");
  }

  @Test
  void fire_scheduledSlot_startsOneSessionHoweverOftenItFires() {
    fixture.say(DeskFixture.CHAMPION, "supervision schedule here mon 09:00");
    Instant slot = Instant.parse("2026-06-01T08:00:00Z");

    Optional<Instant> next =
        fixture.desks.supervision().fire(DeskFixture.PLATFORM, DeskFixture.CHANNEL, slot);
    fixture.desks.supervision().fire(DeskFixture.PLATFORM, DeskFixture.CHANNEL, slot);

    assertThat(next).contains(Instant.parse("2026-06-08T08:00:00Z"));
    assertThat(fixture.stores.sessions()).hasSize(1);
    assertThat(fixture.poster.posts()).hasSize(1);
    assertThat(fixture.desks.supervision().fire(DeskFixture.PLATFORM, "C-NONE", slot)).isEmpty();
  }

  @Test
  void handle_anythingElse_listsTheCommands() {
    assertThat(fixture.say(DeskFixture.MEMBER, "supervision"))
        .contains("Group supervision", "The commands are `supervision start [scenario] [timed]`");
  }
}
