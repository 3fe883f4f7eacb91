package org.dpcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.dpcoach.core.model.Citation;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.model.Turn;
import org.dpcoach.knowledge.KnowledgeBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The person's own words set the nation for their conversation: the answer follows it, says so
 * first ("Answering for Scotland."), and the follow-ups remember it.
 */
class NationConversationTest {
  private static final Path CACHE =
      Path.of(System.getProperty("dpcoach.modelCache", "target/model-cache"));
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  static CoachEngine engine;
  private static int conversations;

  @BeforeAll
  static void start() {
    KnowledgeBase kb =
        KnowledgeBase.loader()
            .exampleEmployer(true)
            .today(NOW.atZone(ZoneOffset.UTC).toLocalDate())
            .load();
    engine =
        CoachEngine.start(
            kb,
            CoachSettings.builder()
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .modelCache(CACHE)
                .build());
  }

  private static String conversation() {
    return "nation-" + (++conversations);
  }

  private static Reply say(String conversation, String text) {
    return engine.handle(new Turn("u1", conversation, text));
  }

  private static Optional<String> nationNotice(Reply reply) {
    return reply.parts().stream()
        .filter(ReplyPart.Notice.class::isInstance)
        .map(ReplyPart.Notice.class::cast)
        .filter(n -> n.kind() == ReplyPart.Notice.Kind.NATION)
        .map(ReplyPart.Notice::text)
        .findFirst();
  }

  private static List<String> documents(Reply reply) {
    return reply.part(ReplyPart.Sources.class).orElseThrow().citations().stream()
        .map(Citation::document)
        .toList();
  }

  @Test
  void handle_ssscRegistered_answersForScotlandAndSaysSoFirst() {
    Reply reply =
        say(
            conversation(),
            "I'm SSSC registered, can I accept a friend request from a parent on facebook?");

    assertThat(reply.route()).isEqualTo(Route.ANSWER);
    assertThat(reply.parts().get(0)).isInstanceOf(ReplyPart.Notice.class);
    assertThat(nationNotice(reply)).contains("Answering for Scotland.");
    assertThat(reply.part(ReplyPart.NationNote.class).orElseThrow().nation()).isEqualTo("Scotland");
    assertThat(documents(reply))
        .anyMatch(d -> d.startsWith("SSSC"))
        .noneMatch(d -> d.startsWith("Social Work England"));
    assertThat(reply.part(ReplyPart.ShortAnswer.class).orElseThrow().text())
        .doesNotContain("Social Work England");
  }

  @Test
  void handle_followUpAfterNamingTheNation_remembersIt() {
    String c = conversation();
    say(c, "I work in Cardiff. Is it ok to use WhatsApp with care leavers?");

    Reply followUp = say(c, "what about Instagram?");
    Reply later = say(c, "can I accept a friend request from a former service user?");

    assertThat(nationNotice(followUp)).contains("Answering for Wales.");
    assertThat(followUp.part(ReplyPart.NationNote.class).orElseThrow().nation()).isEqualTo("Wales");
    assertThat(nationNotice(later)).contains("Answering for Wales.");
    assertThat(documents(later))
        .noneMatch(d -> d.startsWith("Social Work England") || d.startsWith("SSSC"));
  }

  @Test
  void handle_nationOnlyMessage_setsTheNationForWhatFollows() {
    String c = conversation();
    Reply named = say(c, "hi, I'm a social worker in Northern Ireland");
    Reply question = say(c, "can I post about a hard day at work in a closed facebook group?");

    assertThat(nationNotice(named)).contains("Answering for Northern Ireland.");
    assertThat(question.route()).isEqualTo(Route.ANSWER);
    assertThat(nationNotice(question)).contains("Answering for Northern Ireland.");
    assertThat(question.part(ReplyPart.NationNote.class).orElseThrow().nation())
        .isEqualTo("Northern Ireland");
    assertThat(documents(question))
        .noneMatch(d -> d.startsWith("Social Work England") || d.startsWith("SSSC"));
  }

  @Test
  void handle_laterNation_replacesTheEarlierOne() {
    String c = conversation();
    say(c, "I'm SSSC registered, can I use my own phone for work?");

    Reply moved = say(c, "I now work in Belfast, can I accept a LinkedIn request from a carer?");

    assertThat(nationNotice(moved)).contains("Answering for Northern Ireland.");
    assertThat(documents(moved)).noneMatch(d -> d.startsWith("SSSC"));
  }

  @Test
  void handle_noNationNamed_noNoticeAndTheDeploymentsNation() {
    Reply reply = say(conversation(), "can I accept a friend request from a parent on facebook?");

    assertThat(nationNotice(reply)).isEmpty();
    assertThat(reply.part(ReplyPart.NationNote.class).orElseThrow().nation()).isEqualTo("England");
  }

  @Test
  void handle_escalationNamingTheNation_citesItsSourcesAndKeepsItForLater() {
    String c = conversation();
    Reply urgent =
        say(
            c,
            "I'm in Northern Ireland, a 14 year old just told me a man she met online is coming to"
                + " pick her up tonight");

    Reply next = say(c, "can I screenshot the messages she showed me on snapchat?");

    assertThat(urgent.route()).isEqualTo(Route.ESCALATE);
    assertThat(documents(urgent))
        .anyMatch(d -> d.startsWith("Northern Ireland Social Care Council"))
        .noneMatch(d -> d.startsWith("SSSC"));
    assertThat(nationNotice(next)).contains("Answering for Northern Ireland.");
  }

  @Test
  void handle_standardsQuestionFromGlasgow_doesNotLeadWithSocialWorkEngland() {
    Reply reply = say(conversation(), "I work in Glasgow, which code of conduct applies to me?");

    assertThat(nationNotice(reply)).contains("Answering for Scotland.");
    assertThat(reply.part(ReplyPart.ShortAnswer.class).orElseThrow().text())
        .doesNotContain("Social Work England");
    assertThat(reply.part(ReplyPart.Summary.class).map(ReplyPart.Summary::text).orElse(""))
        .doesNotContain("Social Work England");
  }
}
