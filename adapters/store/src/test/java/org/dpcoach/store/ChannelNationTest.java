package org.dpcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.guard.Redaction;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.port.ChannelPoster;
import org.dpcoach.core.practice.Caller;
import org.dpcoach.core.practice.Champions;
import org.dpcoach.core.practice.DeskReply;
import org.dpcoach.core.practice.NationDesk;
import org.dpcoach.core.practice.NationSetting;
import org.dpcoach.core.practice.PracticeSettings;
import org.dpcoach.core.practice.SupervisionDesk;
import org.dpcoach.core.practice.TipLibrary;
import org.dpcoach.core.practice.TipPublisher;
import org.dpcoach.knowledge.Jurisdiction;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A channel's nation, set by a champion and kept in the database, decides which tips the channel
 * gets, the sources they show, and the sources of its debriefs and CPD records.
 */
class ChannelNationTest {
  static final PersonalDataGuard NOTHING_FOUND = text -> new Redaction(text, List.of());
  static final String CHAMPION = "UCHAMP";
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @TempDir Path temp;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void nation_setByChampion_keptAcrossRestartAndRefusedToOthers(String vendor) {
    StoreSettings settings = vendor.equals("h2") ? Fixtures.h2(temp) : Fixtures.postgres();
    try (Database db = Database.open(settings)) {
      NationDesk desk = desk(db);

      DeskReply refused = desk.handle(new Caller("slack", "UMEMBER", "C1"), "scotland");
      DeskReply set = desk.handle(new Caller("slack", CHAMPION, "C1"), "Scotland");
      DeskReply unknown = desk.handle(new Caller("slack", CHAMPION, "C1"), "france");

      assertThat(refused.changed()).isFalse();
      assertThat(refused.message().plainText()).contains("only the digital champions");
      assertThat(set.changed()).isTrue();
      assertThat(set.message().title()).isEqualTo("This channel follows Scotland");
      assertThat(unknown.changed()).isFalse();
      assertThat(unknown.message().plainText()).contains("`nation northern-ireland`");
    }
    try (Database db = Database.open(settings)) {
      assertThat(db.channelNations().find("slack", "C1")).contains(Jurisdiction.SCOTLAND);
      assertThat(db.channelNations().find("slack", "C2")).isEmpty();
      assertThat(db.channelNations().find("teams", "C1")).isEmpty();
      DeskReply shown = desk(db).handle(new Caller("slack", "UMEMBER", "C1"), "");
      assertThat(shown.message().title()).isEqualTo("This channel follows Scotland");
      assertThat(shown.message().plainText()).contains("A champion set it");
      DeskReply fallback = desk(db).handle(new Caller("slack", "UMEMBER", "C2"), "");
      assertThat(fallback.message().title()).isEqualTo("This channel follows England");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void tipsNow_scottishChannel_getsOnlyTipsThatSuitScotlandWithItsSources(String vendor) {
    StoreSettings settings = vendor.equals("h2") ? Fixtures.h2(temp) : Fixtures.postgres();
    FakePoster poster = new FakePoster();
    try (Database db = Database.open(settings)) {
      NationSetting nations = new NationSetting(db.channelNations(), Jurisdiction.ENGLAND);
      db.channelNations().save("slack", "CSCOT", Jurisdiction.SCOTLAND, CHAMPION, NOW);
      TipLibrary library = new TipLibrary(Fixtures.kb(), db.tips(), nations);
      TipPublisher publisher =
          new TipPublisher(
              db.outbox(),
              db.schedules(),
              library,
              Map.<String, ChannelPoster>of("slack", poster),
              practice(),
              "test");

      for (int i = 0; i < 6; i++) {
        publisher.now("slack", "CSCOT", "scot-" + i);
        publisher.now("slack", "CENG", "eng-" + i);
      }

      List<Message> scottish = posted(poster, "CSCOT");
      List<Message> english = posted(poster, "CENG");
      assertThat(scottish).hasSize(6);
      assertThat(scottish)
          .allSatisfy(
              m -> assertThat(m.sources()).noneMatch(s -> s.contains("Social Work England")));
      assertThat(scottish).noneMatch(m -> m.title().contains("Friend requests"));
      assertThat(english).anyMatch(m -> m.title().contains("Friend requests"));
      assertThat(library.order("slack", "CSCOT"))
          .doesNotContain("tip-001", "tip-004")
          .contains("tip-002", "tip-003");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void debriefAndCpd_scottishChannel_citeScotlandsSourcesAndRegulator(String vendor) {
    StoreSettings settings = vendor.equals("h2") ? Fixtures.h2(temp) : Fixtures.postgres();
    FakePoster poster = new FakePoster();
    try (Database db = Database.open(settings)) {
      db.channelNations().save("slack", "CSCOT", Jurisdiction.SCOTLAND, CHAMPION, NOW);
      SupervisionDesk desk =
          new SupervisionDesk(
              practice(),
              Fixtures.kb(),
              db.sessions(),
              Map.of("slack", poster),
              NOTHING_FOUND,
              (platform, channel, next) -> {},
              new NationSetting(db.channelNations(), Jurisdiction.ENGLAND));
      Caller caller = new Caller("slack", CHAMPION, "CSCOT");

      desk.start(caller, "wrong-school-email");
      long session =
          db.sessions()
              .activeInThread("slack", "CSCOT", poster.posts.get(0).id())
              .orElseThrow()
              .id();
      for (int step = 0; step <= 5; step++) {
        desk.next(caller, session);
      }
      DeskReply cpd = desk.cpd(caller, session);

      Message debrief = poster.posts.get(poster.posts.size() - 1).message();
      assertThat(debrief.title()).startsWith("Debrief");
      assertThat(debrief.sources()).isNotEmpty().noneMatch(s -> s.contains("Social Work England"));
      assertThat(cpd.message().plainText())
          .contains("with the Scottish Social Services Council (SSSC)")
          .doesNotContain("Social Work England");
    }
  }

  private static NationDesk desk(Database db) {
    return new NationDesk(
        practice(),
        new NationSetting(db.channelNations(), Jurisdiction.ENGLAND),
        Fixtures.kb().dialogue());
  }

  private static PracticeSettings practice() {
    return PracticeSettings.builder(Champions.of(List.of(CHAMPION)))
        .clock(java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC))
        .build();
  }

  private static List<Message> posted(FakePoster poster, String channel) {
    return poster.posts.stream()
        .filter(p -> p.channel().equals(channel))
        .map(FakePoster.Posted::message)
        .toList();
  }
}
