package org.dpcoach.core.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.dpcoach.core.practice.PracticeCommand.Desk;
import org.junit.jupiter.api.Test;

class PracticeCommandTest {

  @Test
  void parse_commandsAsTypedOnAnyPlatform_giveTheDeskAndTheRest() {
    assertThat(PracticeCommand.parse("tips add a tip"))
        .contains(new PracticeCommand(Desk.TIPS, "add a tip"));
    assertThat(PracticeCommand.parse("/dpcoach  Tips now"))
        .contains(new PracticeCommand(Desk.TIPS, "now"));
    assertThat(PracticeCommand.parse("dpcoach supervision start scn-01 timed"))
        .contains(new PracticeCommand(Desk.SUPERVISION, "start scn-01 timed"));
    assertThat(PracticeCommand.parse(" nation  Scotland "))
        .contains(new PracticeCommand(Desk.NATION, "Scotland"));
    assertThat(PracticeCommand.parse("INSIGHTS")).contains(new PracticeCommand(Desk.INSIGHTS, ""));
  }

  @Test
  void parse_championsCommands_goToTheChampionsDesk() {
    assertThat(PracticeCommand.parse("ask-champion Can I friend a parent?"))
        .contains(new PracticeCommand(Desk.ASK_CHAMPION, "Can I friend a parent?"));
    assertThat(PracticeCommand.parse("/dpcoach Champions HERE"))
        .contains(new PracticeCommand(Desk.CHAMPIONS, "HERE"));
    assertThat(PracticeCommand.parse("champions are great")).isEmpty();
    assertThat(PracticeCommand.parse("champions")).isEmpty();
    assertThat(command("ask-champion withdraw 12").withdraws()).contains(12L);
    assertThat(command("ask-champion why withdraw 12").withdraws()).isEmpty();
    assertThat(command("champions here").forChampions()).isTrue();
    assertThat(command("tips now").forChampions()).isFalse();
  }

  @Test
  void parse_questionsThatStartLikeACommand_areNotCommands() {
    assertThat(PracticeCommand.parse("tipsy question")).isEmpty();
    assertThat(PracticeCommand.parse("any tips on whatsapp?")).isEmpty();
    assertThat(PracticeCommand.parse("")).isEmpty();
    assertThat(PracticeCommand.parse(null)).isEmpty();
  }

  @Test
  void needsChannel_commandsOnTheChannelTypedIn_needIt() {
    assertThat(command("tips now").needsChannel()).isTrue();
    assertThat(command("supervision start").needsChannel()).isTrue();
    assertThat(command("tips schedule mon 09:30").needsChannel()).isTrue();
    assertThat(command("supervision schedule here thu 14:00").needsChannel()).isTrue();
    assertThat(command("nation wales").needsChannel()).isTrue();
    assertThat(command("champions here").needsChannel()).isTrue();
  }

  @Test
  void needsChannel_commandsAboutNoChannelOrNamingOne_doNot() {
    assertThat(command("tips list").needsChannel()).isFalse();
    assertThat(command("tips add a tip").needsChannel()).isFalse();
    assertThat(command("tips schedule #C-1 mon 09:30").needsChannel()).isFalse();
    assertThat(command("supervision list").needsChannel()).isFalse();
    assertThat(command("nation").needsChannel()).isFalse();
    assertThat(command("insights now").needsChannel()).isFalse();
    assertThat(command("ask-champion a question").needsChannel()).isFalse();
  }

  @Test
  void typed_aCommand_isTheDeskAndTheVerb() {
    assertThat(command("Tips NOW please").typed()).isEqualTo("tips now");
    assertThat(command("nation").typed()).isEqualTo("nation");
    assertThat(command("champions here").typed()).isEqualTo("champions here");
  }

  private static PracticeCommand command(String typed) {
    return PracticeCommand.parse(typed).orElseThrow();
  }
}
