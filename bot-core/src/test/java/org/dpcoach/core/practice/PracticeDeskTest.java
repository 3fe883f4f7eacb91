package org.dpcoach.core.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.core.model.Action;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.port.Session;
import org.dpcoach.knowledge.Dialogue;
import org.junit.jupiter.api.Test;

/** The practice in-port, as every adapter reaches it, over in-memory stores. */
class PracticeDeskTest {
  private final DeskFixture fixture = new DeskFixture();

  @Test
  void run_withoutDesks_everyCommandHearsPracticeIsOff() {
    PracticeDesk off =
        new PracticeDesk(Optional.empty(), DeskFixture.KB.dialogue(), DeskFixture.SURFACE);

    for (String typed : List.of("tips now", "supervision start", "nation", "insights")) {
      DeskReply reply =
          off.run(
              DeskFixture.in(DeskFixture.CHAMPION),
              PracticeCommand.parse(typed).orElseThrow(),
              false,
              "r");
      assertThat(reply.message().plainText()).as(typed).contains("not switched on here");
      assertThat(reply.changed()).isFalse();
    }
    assertThat(off.press(DeskFixture.in(DeskFixture.CHAMPION), Action.NEXT, "1"))
        .hasValueSatisfying(p -> assertThat(p.message().plainText()).contains("not switched on"));
  }

  @Test
  void champion_withoutAChampionsDesk_isNotSwitchedOn() {
    Person asker = new Person(DeskFixture.in(DeskFixture.MEMBER), "Member", "dm-member");

    DeskReply reply =
        fixture.desk.champion(
            asker, PracticeCommand.parse("ask-champion a question").orElseThrow(), false, 10);

    assertThat(reply.message().plainText()).contains("not switched on here");
    assertThat(reply.changed()).isFalse();
  }

  @Test
  void champion_championsHereInAPersonalChat_isRefusedWithWhereToUseIt() {
    PracticeDesk withChampions =
        new PracticeDesk(
            Optional.of(
                new PracticeDesks(
                    fixture.desks.tips(),
                    fixture.desks.supervision(),
                    fixture.desks.nations(),
                    fixture.desks.insights(),
                    Optional.empty())),
            DeskFixture.KB.dialogue(),
            DeskFixture.SURFACE);
    Person champion = new Person(DeskFixture.in(DeskFixture.CHAMPION), "Champ", "dm-champ");

    assertThat(
            withChampions
                .champion(champion, PracticeCommand.parse("champions here").orElseThrow(), true, 0)
                .message()
                .plainText())
        .contains("not switched on here");
    assertThat(
            fixture
                .desk
                .run(
                    DeskFixture.in(DeskFixture.CHAMPION),
                    PracticeCommand.parse("champions here").orElseThrow(),
                    true,
                    "r")
                .message()
                .plainText())
        .contains("@coach champions here");
  }

  @Test
  void run_channelCommandInAPersonalChat_isRefusedInThePlatformsWords() {
    DeskReply reply =
        fixture.desk.run(
            DeskFixture.in(DeskFixture.CHAMPION),
            PracticeCommand.parse("tips now").orElseThrow(),
            true,
            "r");

    assertThat(reply.message().title()).isEqualTo("Use this in a team channel");
    assertThat(reply.message().plainText())
        .contains("not in a personal chat: mention me there, for example \"@coach tips now\"");
    assertThat(fixture.poster.posts()).isEmpty();
  }

  @Test
  void run_listInAPersonalChat_isAnswered() {
    DeskReply reply =
        fixture.desk.run(
            DeskFixture.in(DeskFixture.MEMBER),
            PracticeCommand.parse("supervision list").orElseThrow(),
            true,
            "r");

    assertThat(reply.message().plainText()).contains("scenarios (start one by its name)");
  }

  @Test
  void press_nextBySomeoneElse_isRefusedToThemAndMovesNothing() {
    long session = started();

    Optional<PracticeDesk.Pressed> pressed =
        fixture.desk.press(DeskFixture.in(DeskFixture.MEMBER), Action.NEXT, "" + session);

    assertThat(pressed).isPresent();
    assertThat(pressed.get().record()).isFalse();
    assertThat(pressed.get().message().plainText()).contains("Only the person who started");
    assertThat(fixture.poster.posts()).hasSize(1);
  }

  @Test
  void press_nextByTheFacilitator_postsTheStepAndSaysNothingToThem() {
    long session = started();

    Optional<PracticeDesk.Pressed> pressed =
        fixture.desk.press(DeskFixture.in(DeskFixture.MEMBER + "-fac"), Action.NEXT, "" + session);

    assertThat(pressed).isEmpty();
    Message step = fixture.poster.last().message();
    assertThat(step.title()).startsWith("Step 1 of ");
    assertThat(fixture.poster.last().thread()).contains("m1");
    assertThat(step.actions()).extracting(Action::id).containsExactly(Action.NEXT, Action.SKIP);
  }

  @Test
  void press_cpdAfterReplies_isTheMembersRecordWithTheirContributions() {
    long session = started();
    fixture.desk.threadReply(DeskFixture.in(DeskFixture.MEMBER), "m1", "Call 07700 900123 first");
    fixture.desk.threadReply(DeskFixture.in(DeskFixture.MEMBER), "m1", "  ");

    Optional<PracticeDesk.Pressed> pressed =
        fixture.desk.press(DeskFixture.in(DeskFixture.MEMBER), Action.CPD, "" + session);

    assertThat(pressed).isPresent();
    assertThat(pressed.get().record()).isTrue();
    assertThat(pressed.get().message().plainText())
        .contains("Your draft CPD record", "Social Work England", "I contributed 1 reply");
    assertThat(fixture.stores.replyCount(session)).isEqualTo(1);
    assertThat(fixture.stores.everyStoredText()).noneMatch(t -> t.contains("07700"));
  }

  @Test
  void press_skip_endsTheSessionAndSaysSoInTheThread() {
    long session = started();

    Optional<PracticeDesk.Pressed> pressed =
        fixture.desk.press(DeskFixture.in(DeskFixture.CHAMPION), Action.SKIP, "" + session);

    assertThat(pressed).isEmpty();
    assertThat(fixture.poster.last().message().title()).isEqualTo("Scenario skipped");
    assertThat(fixture.stores.sessions().get(0).state()).isEqualTo(Session.State.SKIPPED);
    assertThat(fixture.desk.press(DeskFixture.in(DeskFixture.CHAMPION), Action.NEXT, "" + session))
        .hasValueSatisfying(
            p -> assertThat(p.message().plainText()).contains("That session has ended."));
  }

  @Test
  void press_unknownActionOrValue_saysNothing() {
    long session = started();

    assertThat(fixture.desk.press(DeskFixture.in(DeskFixture.CHAMPION), "other", "" + session))
        .isEmpty();
    assertThat(fixture.desk.press(DeskFixture.in(DeskFixture.CHAMPION), Action.NEXT, "x"))
        .isEmpty();
  }

  @Test
  void recordSent_isInTheKnowledgesWords() {
    assertThat(fixture.desk.recordSent().plainText())
        .contains("CPD record sent", "direct messages");
    assertThat(fixture.desk.noPersonalChat()).contains("couldn't open a personal chat");
  }

  @Test
  void run_rewordedDialogue_isWhatPeopleRead() {
    Dialogue kb = DeskFixture.KB.dialogue();
    Map<String, String> texts = new HashMap<>(kb.texts());
    texts.put("practice.off", "Practice is off today.");
    Dialogue reworded = new Dialogue(kb.followUpMarkers(), texts, kb.commands());
    PracticeDesk off = new PracticeDesk(Optional.empty(), reworded, DeskFixture.SURFACE);

    DeskReply reply =
        off.run(
            DeskFixture.in(DeskFixture.MEMBER),
            PracticeCommand.parse("tips").orElseThrow(),
            false,
            "r");

    assertThat(reply.message().plainText()).isEqualTo("Not switched on\n\nPractice is off today.");
  }

  /** A session started by a member acting as facilitator; its id. */
  private long started() {
    String answer = fixture.say(DeskFixture.MEMBER + "-fac", "supervision start");
    assertThat(answer).contains("Session started", "Press Next when the group is ready");
    assertThat(fixture.poster.posts()).hasSize(1);
    return fixture.stores.sessions().get(0).id();
  }
}
