package org.dpcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.model.Turn;
import org.dpcoach.knowledge.Case;
import org.dpcoach.knowledge.Jurisdiction;
import org.dpcoach.knowledge.KnowledgeBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Conversation tests of the second stage: the case inside the topic, and its short answer. */
class CaseStageTest {
  private static final Path CACHE =
      Path.of(System.getProperty("dpcoach.modelCache", "target/model-cache"));
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

  static KnowledgeBase kb;
  static CoachEngine engine;
  private static int conversations;

  @BeforeAll
  static void start() {
    kb = KnowledgeBase.loader().exampleEmployer(true).today(LocalDate.of(2026, 11, 23)).load();
    engine = CoachEngine.start(kb, CoachSettings.builder().clock(CLOCK).modelCache(CACHE).build());
  }

  private static ReplyPart.ShortAnswer shortAnswer(Reply reply) {
    return reply.part(ReplyPart.ShortAnswer.class).orElseThrow();
  }

  @Test
  void knowledge_everyTopicHasCasesWithShortAnswersOfAtMostSixtyWords() {
    assertThat(kb.topics()).allSatisfy(t -> assertThat(t.cases()).hasSizeBetween(6, 12));
    assertThat(kb.cases().size()).isBetween(180, 250);
    assertThat(kb.cases())
        .allSatisfy(
            c -> {
              assertThat(c.shortAnswer().split("\\s+")).hasSizeLessThanOrEqualTo(60);
              assertThat(c.questions()).hasSizeGreaterThanOrEqualTo(12);
            });
  }

  @Test
  void handle_specificQuestion_putsTheCaseShortAnswerFirst() {
    Reply reply =
        engine.handle(
            new Turn(
                "u",
                "c" + ++conversations,
                "client's mum just sent me a friend request on facebook, do I accept?"));

    assertThat(reply.route()).isEqualTo(Route.ANSWER);
    assertThat(reply.parts().get(0)).isInstanceOf(ReplyPart.ShortAnswer.class);
    ReplyPart.ShortAnswer answer = shortAnswer(reply);
    assertThat(answer.caseId()).contains("friend-requests.current-service-user");
    assertThat(answer.text()).startsWith("No");
    assertThat(answer.mainSource()).isNotBlank();
    assertThat(reply.part(ReplyPart.Summary.class)).isPresent();
    assertThat(reply.part(ReplyPart.Sources.class)).isPresent();
  }

  @Test
  void handle_followUp_movesToTheMatchingCaseOfTheSameTopic() {
    String conversation = "c" + ++conversations;
    Reply first =
        engine.handle(
            new Turn(
                "u",
                conversation,
                "a service user whose case closed 3 years ago has added me on facebook. ok now?"));
    Reply next = engine.handle(new Turn("u", conversation, "what about linkedin?"));

    assertThat(shortAnswer(first).caseId()).contains("friend-requests.former-service-user");
    assertThat(next.topic()).isEqualTo("friend-requests");
    assertThat(shortAnswer(next).caseId())
        .contains("friend-requests.linkedin-and-professional-sites");
  }

  @Test
  void handle_employerDecidedCase_statesTheEmployersRuleWithItsPolicy() {
    Case former = kb.caseById("friend-requests.former-service-user").orElseThrow();
    Reply reply = engine.choose(new Turn("u", "c" + ++conversations, ""), former.id());

    assertThat(former.employerDecides()).isTrue();
    assertThat(shortAnswer(reply).text()).startsWith("Northmoor").contains("5.3");
    assertThat(shortAnswer(reply).text().split("\\s+")).hasSizeLessThanOrEqualTo(60);
  }

  @Test
  void choose_caseId_answersThatCaseAtFullConfidence() {
    Reply reply =
        engine.choose(new Turn("u", "c" + ++conversations, ""), "data-breach.lost-device");

    assertThat(reply.route()).isEqualTo(Route.ANSWER);
    assertThat(reply.topic()).isEqualTo("data-breach");
    assertThat(reply.confidence()).isEqualTo(1.0);
    assertThat(shortAnswer(reply).caseId()).contains("data-breach.lost-device");
  }

  @Test
  void handle_scotland_shortAnswerFollowsTheNation() {
    CoachEngine scottish =
        CoachEngine.start(
            kb,
            CoachSettings.builder()
                .jurisdiction(Jurisdiction.SCOTLAND)
                .clock(CLOCK)
                .modelCache(CACHE)
                .build());
    Reply reply =
        scottish.choose(
            new Turn("u", "s" + ++conversations, ""),
            "standards-and-regulation.which-code-applies");

    assertThat(shortAnswer(reply).text()).contains("SSSC").doesNotContain("Social Work England");
    assertThat(reply.part(ReplyPart.Sources.class).orElseThrow().citations())
        .noneMatch(c -> c.document().startsWith("Social Work England"));
  }

  @Test
  void handle_vagueQuestion_answersWithTheTopicSummaryAndNoCase() {
    Reply reply = engine.choose(new Turn("u", "c" + ++conversations, ""), "friend-requests");

    String summary = kb.entry("friend-requests").orElseThrow().summary();
    assertThat(shortAnswer(reply).caseId()).isEmpty();
    assertThat(summary).startsWith(shortAnswer(reply).text());
    assertThat(shortAnswer(reply).text().split("\\s+")).hasSizeBetween(5, 60);
  }
}
