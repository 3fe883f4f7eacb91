package org.dpcoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpcoach.store.ChampionFixture.ASKER;
import static org.dpcoach.store.ChampionFixture.CHAMP;
import static org.dpcoach.store.ChampionFixture.CHANNEL;
import static org.dpcoach.store.ChampionFixture.OTHER;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dpcoach.core.port.ChampionQuestion;
import org.dpcoach.core.practice.DeskReply;
import org.dpcoach.testkit.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The champions' desk on H2: asking, answering once, "not for us", withdrawal, erasure, purge. */
class ChampionQuestionsTest {
  /** A Tuesday, 10:00 in London. */
  static final Instant TUESDAY = Instant.parse("2026-11-24T10:00:00Z");

  static final String QUESTION = "Can I use WhatsApp with Jane Smith on 07700 900123 about visits?";

  @TempDir Path temp;
  Database db;
  MutableClock clock;
  FakePoster poster;
  ChampionFixture champions;

  @BeforeEach
  void open() {
    db = Database.open(Fixtures.h2(temp));
    clock = new MutableClock(TUESDAY);
    poster = new FakePoster();
    champions = new ChampionFixture(db, poster, clock, "test");
  }

  @AfterEach
  void close() {
    db.close();
  }

  long ask() {
    DeskReply sent = champions.desk.ask(ASKER, QUESTION, QUESTION.length());
    assertThat(sent.changed()).isTrue();
    return Long.parseLong(
        sent.message().paragraphs().get(0).replaceAll("(?s)^Question (\\d+).*", "$1"));
  }

  List<FakePoster.Posted> posts(String suffix) {
    return poster.posts.stream().filter(p -> p.key().endsWith(suffix)).toList();
  }

  @Test
  void preview_beforeConfirming_showsRedactedTextTopicAndNameAndPostsNothing() {
    DeskReply preview = champions.desk.preview(ASKER, QUESTION, QUESTION.length());

    assertThat(preview.message().plainText())
        .contains("[NAME]", "[PHONE]", "messaging-apps", "Sam Asker")
        .doesNotContain("Jane Smith", "900123");
    assertThat(preview.message().actions()).extracting(a -> a.id()).contains("champion.send");
    assertThat(poster.posts).isEmpty();

    long id = Long.parseLong(preview.message().actions().get(0).value());
    assertThat(champions.desk.confirm(OTHER, id).changed()).isFalse();
    assertThat(poster.posts).isEmpty();
    assertThat(champions.desk.confirm(ASKER, id).changed()).isTrue();
    assertThat(champions.desk.confirm(ASKER, id).changed()).isFalse();
    assertThat(posts(":post"))
        .singleElement()
        .satisfies(p -> assertThat(p.channel()).isEqualTo(CHANNEL));
  }

  @Test
  void ask_withText_postsOnceToTheChampionsWithButtonsAndNoPersonalData() {
    long id = ask();

    FakePoster.Posted post = posts(":post").get(0);
    assertThat(poster.posts).hasSize(1);
    assertThat(post.channel()).isEqualTo(CHANNEL);
    assertThat(post.message().plainText())
        .contains("[NAME]", "messaging-apps", "Sam Asker", "Question " + id)
        .doesNotContain("Jane Smith", "900123");
    assertThat(post.message().actions())
        .extracting(a -> a.id())
        .containsExactly("champion.take", "champion.answer", "champion.decline");
  }

  @Test
  void threadReply_deliveredAgain_answersTheAskerExactlyOnceInPrivate() {
    long id = ask();
    String postId = posts(":post").get(0).id();

    assertThat(champions.desk.threadReply(CHAMP, postId, "in another channel")).isEmpty();
    for (int i = 0; i < 3; i++) {
      champions.desk.threadReply(
          ChampionFixture.CHAMP_THERE, postId, "Use the work phone and record it, Jane Smith.");
    }
    champions.desk.answer(CHAMP, id, "A second answer");

    assertThat(posts(":answer"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.channel()).isEqualTo(ASKER.replyTo());
              assertThat(p.message().plainText())
                  .contains("Chris Champion", "work phone", "[NAME]")
                  .doesNotContain("Jane Smith", "A second answer");
            });
    assertThat(posts(":answered"))
        .singleElement()
        .satisfies(p -> assertThat(p.thread()).contains(postId));
    assertThat(db.championQuestions().find(id).orElseThrow().state())
        .isEqualTo(ChampionQuestion.State.ANSWERED);
  }

  @Test
  void nonChampion_takeAnswerDeclineOrThreadReply_changesNothing() {
    long id = ask();
    String postId = posts(":post").get(0).id();

    assertThat(champions.desk.take(OTHER, id).changed()).isFalse();
    assertThat(champions.desk.answer(OTHER, id, "my answer").changed()).isFalse();
    assertThat(champions.desk.decline(OTHER, id).changed()).isFalse();
    assertThat(champions.desk.answerHow(OTHER).message().plainText())
        .contains("Only the digital champions");
    assertThat(champions.desk.threadReply(OTHER, postId, "my answer")).isEmpty();
    assertThat(
            champions.desk.threadReply(
                new org.dpcoach.core.practice.Person(
                    new org.dpcoach.core.practice.Caller("slack", "UOTHER", CHANNEL),
                    "O",
                    "UOTHER"),
                postId,
                "my answer"))
        .isEmpty();

    assertThat(db.championQuestions().find(id).orElseThrow().state())
        .isEqualTo(ChampionQuestion.State.OPEN);
    assertThat(poster.posts).hasSize(1);
  }

  @Test
  void notForUs_champion_pointsTheAskerElsewhereOnceAndCannotBeAnsweredAfter() {
    long id = ask();

    assertThat(champions.desk.decline(CHAMP, id).changed()).isTrue();
    assertThat(champions.desk.decline(CHAMP, id).changed()).isFalse();
    assertThat(champions.desk.answer(CHAMP, id, "late answer").changed()).isFalse();

    assertThat(posts(":declined"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.channel()).isEqualTo(ASKER.replyTo());
              assertThat(p.message().plainText()).contains("isn't one for them", "line manager");
            });
    assertThat(posts(":declined-note")).hasSize(1);
    assertThat(posts(":answer")).isEmpty();
  }

  @Test
  void withdraw_byTheAskerBeforeAnAnswer_stopsItAndNobodyElseCan() {
    long id = ask();

    assertThat(champions.desk.withdraw(OTHER, id).changed()).isFalse();
    assertThat(champions.desk.withdraw(ASKER, id).changed()).isTrue();
    assertThat(champions.desk.answer(CHAMP, id, "too late").changed()).isFalse();
    assertThat(posts(":withdrawn")).hasSize(1);

    long answered = ask();
    champions.desk.answer(CHAMP, answered, "done");
    assertThat(champions.desk.withdraw(ASKER, answered).changed()).isFalse();
  }

  @Test
  void tick_nobodyTookItForAWorkingDay_remindsOnceInTheChannel() {
    clock.set(Instant.parse("2026-11-27T15:00:00Z")); // Friday 15:00 London
    long id = ask();
    long taken = ask();
    champions.desk.take(CHAMP, taken);

    clock.set(Instant.parse("2026-11-30T14:59:00Z")); // Monday 14:59: 7 h 59 min of work
    assertThat(champions.desk.tick()).isZero();
    clock.set(Instant.parse("2026-11-30T15:00:00Z"));
    assertThat(champions.desk.tick()).isEqualTo(1);
    clock.advance(Duration.ofDays(3));
    assertThat(champions.desk.tick()).isZero();

    assertThat(posts(":remind"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("champion:" + id + ":remind");
              assertThat(p.channel()).isEqualTo(CHANNEL);
              assertThat(p.message().title()).contains("Still waiting");
            });
  }

  @Test
  void badInput_emptyOnlyPersonalOrTooLong_clearReplyAndNothingStoredOrPosted() {
    String tooLong = "a".repeat(40_000);
    assertThat(champions.desk.ask(ASKER, "  ", 2).message().plainText())
        .contains("Write your question");
    assertThat(champions.desk.ask(ASKER, "Jane Smith 07700 900123", 23).message().plainText())
        .contains("Nothing would be left");
    assertThat(champions.desk.ask(ASKER, tooLong.substring(0, 4000), 40_000).message().plainText())
        .contains("too long", "2000");
    assertThat(champions.desk.preview(ASKER, "", 0).changed()).isFalse();

    assertThat(poster.posts).isEmpty();
    assertThat(db.championQuestions().unplanned()).isEmpty();
    assertThat(db.championQuestions().find(1)).isEmpty();
  }

  @Test
  void markForKnowledge_onlyAChampionAndOnlyAnAnswer() {
    long open = ask();
    long id = ask();
    champions.desk.answer(CHAMP, id, "Use the work phone.");

    assertThat(champions.desk.markForKnowledge(OTHER, id).changed()).isFalse();
    assertThat(champions.desk.markForKnowledge(CHAMP, open).changed()).isFalse();
    assertThat(champions.desk.markForKnowledge(CHAMP, id).changed()).isTrue();

    assertThat(champions.desk.forKnowledge()).extracting(ChampionQuestion::id).containsExactly(id);
  }

  @Test
  void tick_answerRecordedButPostsNeverPlanned_plansAndDeliversOnce() {
    long id = ask();
    db.championQuestions()
        .answer(id, CHAMP.user(), CHAMP.name(), "Use the work phone.", clock.instant());

    champions.desk.tick();
    champions.desk.tick();

    assertThat(posts(":answer")).hasSize(1);
  }

  @Test
  void eraseAndPurge_askerGoneChampionAnonymisedOldQuestionsRemoved() {
    long id = ask();
    champions.desk.answer(CHAMP, id, "Use the work phone.");
    champions.desk.preview(OTHER, "Is Teams OK for supervision notes?", 34);

    db.erase(CHAMP.user());
    ChampionQuestion kept = db.championQuestions().find(id).orElseThrow();
    assertThat(kept.answeredBy()).contains(Erasure.ERASED);
    assertThat(kept.answererName()).contains(Erasure.ERASED);

    assertThat(db.erase(ASKER.user())).containsEntry("champion_question", 1);
    assertThat(db.championQuestions().find(id)).isEmpty();

    assertThat(db.purge(clock.instant().plus(Duration.ofDays(2))).get("champion_question"))
        .isEqualTo(1);
    long later = ask();
    assertThat(db.purge(clock.instant().plus(db.settings().retention()).plusSeconds(1)))
        .containsEntry("champion_question", 1);
    assertThat(db.championQuestions().find(later)).isEmpty();
  }
}
