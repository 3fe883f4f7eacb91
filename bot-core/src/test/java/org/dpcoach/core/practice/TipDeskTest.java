package org.dpcoach.core.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The tips commands through the in-port, over in-memory stores. */
class TipDeskTest {
  private final DeskFixture fixture = new DeskFixture();

  @Test
  void handle_memberChangingAnything_isRefusedAndNothingChanges() {
    for (String typed :
        new String[] {
          "tips add a friend request tip", "tips schedule here mon 09:30", "tips now"
        }) {
      assertThat(fixture.say(DeskFixture.MEMBER, typed))
          .as(typed)
          .contains("Only champions can do that", "only the digital champions");
    }
    assertThat(fixture.stores.tips()).isEmpty();
    assertThat(fixture.stores.schedules()).isEmpty();
    assertThat(fixture.poster.posts()).isEmpty();
  }

  @Test
  void handle_addWithPersonalDetails_isRefusedAndNotKept() {
    String answer =
        fixture.say(DeskFixture.CHAMPION, "tips add call 07700 900123 about a friend request");

    assertThat(answer).contains("Tip not added", "personal details");
    assertThat(fixture.stores.everyStoredText()).noneMatch(t -> t.contains("07700"));
  }

  @Test
  void handle_addAndApprove_needsASecondChampionAndShowsThePlatformsCommand() {
    String added =
        fixture.say(DeskFixture.CHAMPION, "tips add Decline a friend request from a parent.");
    String id = fixture.stores.tips().get(0).tipId();

    assertThat(added)
        .contains("Tip " + id + " added", "Topic: friend-requests.", "`@coach tips approve " + id);
    assertThat(fixture.say(DeskFixture.CHAMPION, "tips approve " + id))
        .contains("Needs another champion");
    assertThat(fixture.say(DeskFixture.CHAMPION, "tips list")).contains("Waiting for approval:");
    assertThat(fixture.say(DeskFixture.SECOND_CHAMPION, "tips approve " + id))
        .contains("Tip " + id + " approved", "It is in the tip library now.");
    assertThat(fixture.say(DeskFixture.SECOND_CHAMPION, "tips approve " + id))
        .contains("Already approved");
    assertThat(fixture.say(DeskFixture.SECOND_CHAMPION, "tips approve c999"))
        .contains("There is no added tip 'c999'");
  }

  @Test
  void handle_addWithoutATopic_isRefused() {
    assertThat(fixture.say(DeskFixture.CHAMPION, "tips add be kind"))
        .contains("Tip not added", "couldn't tell which topic");
    assertThat(fixture.say(DeskFixture.CHAMPION, "tips add")).contains("Add a tip");
  }

  @Test
  void handle_scheduleHere_savesItAndArmsTheTimerForTheNextSlot() {
    String answer = fixture.say(DeskFixture.CHAMPION, "tips schedule here mon 09:30");

    assertThat(answer)
        .contains(
            "Tips scheduled",
            "A tip every mon 09:30 (Europe/London). The next one: Monday 1 June 2026, 09:30.");
    assertThat(fixture.timer)
        .containsExactly(
            new DeskFixture.Timed(
                DeskFixture.PLATFORM, DeskFixture.CHANNEL, Instant.parse("2026-06-01T08:30:00Z")));
    assertThat(fixture.say(DeskFixture.CHAMPION, "tips list"))
        .contains("This channel: a tip every mon 09:30.");
    assertThat(fixture.say(DeskFixture.CHAMPION, "tips pause")).contains("Tips paused");
    assertThat(fixture.say(DeskFixture.CHAMPION, "tips list"))
        .contains("This channel: a tip every mon 09:30 (paused).");
  }

  @Test
  void handle_scheduleWithoutWhen_saysHow() {
    assertThat(fixture.say(DeskFixture.CHAMPION, "tips schedule #C-SOUTH"))
        .contains("Say where and when");
    assertThat(fixture.say(DeskFixture.CHAMPION, "tips schedule here someday 09:30"))
        .contains("'someday' is not a day of the week.");
    assertThat(fixture.say(DeskFixture.CHAMPION, "tips resume #C-SOUTH"))
        .contains("That channel has no tip schedule.");
  }

  @Test
  void handle_now_postsOneTipInTheChannel() {
    assertThat(fixture.say(DeskFixture.CHAMPION, "tips now"))
        .contains("Tip posted", "The next tip is in this channel.");

    assertThat(fixture.poster.posts()).hasSize(1);
    assertThat(fixture.poster.last().channel()).isEqualTo(DeskFixture.CHANNEL);
    assertThat(fixture.poster.last().message().title()).startsWith("Tip of the week: ");
  }

  @Test
  void handle_nowWhenThePlatformRefuses_saysItWasNotPosted() {
    fixture.poster.refuse();

    assertThat(fixture.say(DeskFixture.CHAMPION, "tips now"))
        .contains("Tip not posted", "Is the coach a member of it?");
  }

  @Test
  void handle_listOrAnythingElse_isOpenToEveryone() {
    assertThat(fixture.say(DeskFixture.MEMBER, "tips list"))
        .contains(
            "tips in the library",
            "This channel follows England (the coach's setting",
            "Which nations each tip suits:",
            "This channel has no tip schedule.")
        .doesNotContain("Waiting for approval");
    assertThat(fixture.say(DeskFixture.MEMBER, "tips")).contains("The tips commands are `tips add");
  }
}
