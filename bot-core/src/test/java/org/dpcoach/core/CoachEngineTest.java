package org.dpcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.model.Turn;
import org.dpcoach.knowledge.Jurisdiction;
import org.dpcoach.knowledge.KnowledgeBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Conversation tests: script turns through the real engine and assert the replies. */
class CoachEngineTest {
  /** The build's model cache (set by the root pom), so the models train once per build. */
  private static final java.nio.file.Path CACHE =
      java.nio.file.Path.of(System.getProperty("dpcoach.modelCache", "target/model-cache"));

  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  static final AtomicReference<Instant> TIME = new AtomicReference<>(NOW);
  static final Clock CLOCK =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return TIME.get();
        }
      };

  static KnowledgeBase kb;
  static CoachEngine engine;
  private static int conversations;

  @BeforeAll
  static void start() {
    kb =
        KnowledgeBase.loader()
            .exampleEmployer(true)
            .today(NOW.atZone(ZoneOffset.UTC).toLocalDate())
            .load();
    engine = CoachEngine.start(kb, CoachSettings.builder().clock(CLOCK).modelCache(CACHE).build());
  }

  private static Reply ask(String text) {
    return engine.handle(new Turn("u1", "c" + (++conversations), text));
  }

  @Test
  void handle_friendRequestQuestion_answersWithPartsSourcesAndVersion() {
    Reply reply =
        ask("a service user's mum sent me a friend request on facebook, can I accept it?");

    assertThat(reply.route()).isEqualTo(Route.ANSWER);
    assertThat(reply.topic()).isEqualTo("friend-requests");
    assertThat(reply.part(ReplyPart.Summary.class)).isPresent();
    assertThat(reply.part(ReplyPart.Points.class).orElseThrow().dos()).isNotEmpty();
    ReplyPart.Sources sources = reply.part(ReplyPart.Sources.class).orElseThrow();
    assertThat(sources.knowledgeVersion()).isEqualTo(kb.version());
    assertThat(sources.citations()).anyMatch(c -> c.document().startsWith("Social Work England"));
    assertThat(reply.part(ReplyPart.EmployerSays.class)).isPresent();
    assertThat(reply.alternatives()).hasSize(3);
  }

  @Test
  void handle_scotland_citesSsscAndNeverSocialWorkEngland() {
    CoachEngine scottish =
        CoachEngine.start(
            kb,
            CoachSettings.builder()
                .jurisdiction(Jurisdiction.SCOTLAND)
                .clock(CLOCK)
                .modelCache(CACHE)
                .build());
    Reply reply =
        scottish.handle(
            new Turn(
                "u", "s1", "can i accept a friend request from a former service user on facebook"));

    ReplyPart.Sources sources = reply.part(ReplyPart.Sources.class).orElseThrow();
    assertThat(sources.citations()).anyMatch(c -> c.document().startsWith("SSSC"));
    assertThat(sources.citations()).noneMatch(c -> c.document().startsWith("Social Work England"));
    assertThat(reply.part(ReplyPart.NationNote.class).orElseThrow().nation()).isEqualTo("Scotland");
  }

  @Test
  void handle_followUpInSameConversation_staysOnTopic() {
    Turn first =
        new Turn(
            "u2",
            "follow",
            "my client's daughter wants to add me as a friend on facebook, is that ok?");
    assertThat(engine.handle(first).topic()).isEqualTo("friend-requests");

    Reply instagram = engine.handle(new Turn("u2", "follow", "what about Instagram?"));
    Reply adult = engine.handle(new Turn("u2", "follow", "and if they're over 18?"));

    assertThat(instagram.topic()).isEqualTo("friend-requests");
    assertThat(instagram.part(ReplyPart.Notice.class).orElseThrow().kind())
        .isEqualTo(ReplyPart.Notice.Kind.FOLLOW_UP);
    assertThat(adult.topic()).isEqualTo("friend-requests");
  }

  @Test
  void handle_followUpAfterThirtyQuietMinutes_isNotTiedToTheOldTopic() {
    engine.handle(
        new Turn("u3", "expire", "can i accept a friend request from a parent on facebook"));
    TIME.set(NOW.plus(Duration.ofMinutes(31)));
    try {
      Reply later = engine.handle(new Turn("u3", "expire", "what about Instagram?"));
      assertThat(later.part(ReplyPart.Notice.class).map(ReplyPart.Notice::kind))
          .isNotEqualTo(java.util.Optional.of(ReplyPart.Notice.Kind.FOLLOW_UP));
    } finally {
      TIME.set(NOW);
    }
  }

  @Test
  void handle_emptyOrWhitespace_givesTheHelpReply() {
    for (String text : new String[] {"", "   \n\t "}) {
      Reply reply = ask(text);
      assertThat(reply.route()).isEqualTo(Route.SMALLTALK);
      assertThat(reply.part(ReplyPart.Summary.class).orElseThrow().text())
          .isEqualTo(kb.dialogue().text("help"));
    }
  }

  @Test
  void handle_greetingAndThanks_areSmalltalk() {
    assertThat(ask("hiya, what can you do?").route()).isEqualTo(Route.SMALLTALK);
    assertThat(ask("thanks that's really helpful").route()).isEqualTo(Route.SMALLTALK);
  }

  @Test
  void handle_offTopic_fallsBackSayingWhatTheCoachCovers() {
    Reply reply = ask("how do I claim mileage for last month?");
    assertThat(reply.route()).isEqualTo(Route.FALLBACK);
    assertThat(reply.topic()).isEqualTo("out-of-scope");
  }

  @Test
  void handle_emojiOnlyAndOtherLanguage_politeFallback() {
    assertThat(ask("🙂🙂👍").route()).isEqualTo(Route.FALLBACK);
    assertThat(ask("Wie spät ist es bitte?").route()).isEqualTo(Route.FALLBACK);
  }

  @Test
  void handle_overFourThousandCharacters_isCutWithANote() {
    Reply reply = ask("can i use whatsapp with care leavers? " + "blah ".repeat(2000));
    assertThat(reply.parts(ReplyPart.Notice.class))
        .anyMatch(n -> n.kind() == ReplyPart.Notice.Kind.TRUNCATED);
  }

  @Test
  void handle_immediateRisk_escalatesWithDutyTeamAndNoCoaching() {
    Reply reply =
        ask(
            "a 13 yr old on my caseload is going to meet a man from snapchat tonight, he's picking her up in an hour");

    assertThat(reply.route()).isEqualTo(Route.ESCALATE);
    assertThat(reply.topic()).isEqualTo("safeguarding-emergency");
    assertThat(reply.part(ReplyPart.Contacts.class).orElseThrow().lines())
        .anyMatch(l -> l.contains("999"));
    assertThat(reply.parts(ReplyPart.Notice.class))
        .anyMatch(n -> n.kind() == ReplyPart.Notice.Kind.NO_REFERRAL);
    assertThat(reply.part(ReplyPart.Related.class)).isEmpty();
  }

  @Test
  void handle_pastEvent_isCoachingNotEscalation() {
    Reply reply =
        ask(
            "a nude image of a 14 year old was shared round her school last month, police know, do we still do a referral?");
    assertThat(reply.route()).isNotEqualTo(Route.ESCALATE);
  }

  @Test
  void handle_personalData_isRedactedAndFlaggedPrivate() {
    Reply reply =
        ask(
            "mum's email is jo.bloggs@example.com and her mobile 07700 900123, can I whatsapp her?");
    assertThat(reply.answerPrivately()).isTrue();
    assertThat(reply.parts().get(0))
        .isInstanceOfSatisfying(
            ReplyPart.Notice.class,
            n -> assertThat(n.kind()).isEqualTo(ReplyPart.Notice.Kind.PRIVACY));
  }

  @Test
  void handle_employerPolicyOverdue_showsTheReviewNote() {
    Reply reply = engine.choose(new Turn("u", "choose", "2"), "personal-devices");
    ReplyPart.EmployerSays says = reply.part(ReplyPart.EmployerSays.class).orElseThrow();
    assertThat(says.overdue()).isTrue();
    assertThat(says.overdueNote()).contains(says.reviewBy().toString());
  }

  @Test
  void handle_topicsWord_listsEveryTopic() {
    Reply reply = ask("topics");
    assertThat(reply.part(ReplyPart.Choices.class).orElseThrow().options())
        .hasSize(kb.topics().size());
  }
}
