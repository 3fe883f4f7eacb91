package org.dpcoach.core.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dpcoach.core.model.Action;
import org.dpcoach.core.port.InsightsLinks;
import org.junit.jupiter.api.Test;

class InsightsDeskTest {
  static final Caller CHAMPION = new Caller("slack", "U0CHAMP", "C0NORTH");
  static final Caller SOMEONE = new Caller("slack", "U0PRACT", "C0NORTH");
  static final InsightsLinks LINKS =
      () ->
          new InsightsLinks.Link(
              URI.create("https://coach.example.org/insights?token=v1.1.2.3"),
              Instant.parse("2026-06-01T09:15:00Z"));

  private final List<Caller> opened = new ArrayList<>();
  private final InsightsDesk desk =
      new InsightsDesk(
          Champions.of(List.of("U0CHAMP")),
          LINKS,
          PracticeSettings.LONDON,
          opened::add,
          DeskFixture.KB.dialogue());

  @Test
  void handle_champion_getsTheLinkAndWhenItStopsWorking() {
    DeskReply reply = desk.handle(CHAMPION);
    String text = reply.message().plainText();
    assertThat(text)
        .contains("https://coach.example.org/insights?token=v1.1.2.3")
        .contains("10:15");
    assertThat(reply.message().actions())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.id()).isEqualTo(Action.OPEN);
              assertThat(a.value()).isEqualTo("https://coach.example.org/insights?token=v1.1.2.3");
            });
    assertThat(opened).containsExactly(CHAMPION);
  }

  @Test
  void handle_nonChampion_isRefusedPolitelyWithNoLink() {
    DeskReply reply = desk.handle(SOMEONE);
    assertThat(reply.changed()).isFalse();
    assertThat(reply.message().plainText())
        .contains("only for the digital champions")
        .doesNotContain("token=")
        .doesNotContain("http");
    assertThat(reply.message().actions()).isEmpty();
    assertThat(opened).isEmpty();
  }

  @Test
  void handle_insightsOff_championHearsItIsOff() {
    InsightsDesk off =
        InsightsDesk.off(Champions.of(List.of("U0CHAMP")), DeskFixture.KB.dialogue());
    assertThat(off.handle(CHAMPION).message().plainText()).contains("not switched on");
    assertThat(off.handle(SOMEONE).message().plainText())
        .contains("only for the digital champions");
  }
}
