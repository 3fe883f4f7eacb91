package org.dpcoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpcoach.store.ChampionFixture.ASKER;
import static org.dpcoach.store.ChampionFixture.OTHER;

import java.nio.file.Path;
import org.dpcoach.core.model.Action;
import org.dpcoach.core.port.ChampionQuestion;
import org.dpcoach.core.practice.ChampionEdits;
import org.dpcoach.core.practice.DeskReply;
import org.dpcoach.testkit.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The asker's edits on H2: redacted again, kept only on their own draft, sent as edited. */
class ChampionEditsTest {
  static final String QUESTION = "Can I text Jane Smith about visits?";
  static final String EDITED = "Can I call 07700 900123 about WhatsApp visits instead?";

  @TempDir Path temp;
  Database db;
  FakePoster poster;
  ChampionEdits edits;
  ChampionFixture champions;

  @BeforeEach
  void open() {
    db = Database.open(Fixtures.h2(temp));
    poster = new FakePoster();
    champions =
        new ChampionFixture(db, poster, new MutableClock(ChampionQuestionsTest.TUESDAY), "t");
    edits = champions.desk.edits();
  }

  @AfterEach
  void close() {
    db.close();
  }

  long draft() {
    DeskReply preview = champions.desk.preview(ASKER, QUESTION, QUESTION.length());
    return preview.message().actions().stream()
        .filter(a -> a.id().equals(Action.CHAMPION_EDIT))
        .mapToLong(a -> Long.parseLong(a.value()))
        .findFirst()
        .orElseThrow();
  }

  ChampionQuestion stored(long id) {
    return db.championQuestions().find(id).orElseThrow();
  }

  @Test
  void edit_byTheAsker_keepsTheRedactedEditWithItsTopicAndShowsItAgain() {
    long id = draft();
    assertThat(edits.text(ASKER, id)).contains("Can I text [NAME] about visits?");

    DeskReply again = edits.edit(ASKER, id, EDITED, EDITED.length());

    assertThat(String.join("\n", again.message().paragraphs()))
        .contains("[PHONE]", "WhatsApp")
        .doesNotContain("900123");
    assertThat(stored(id).text()).isEqualTo("Can I call [PHONE] about WhatsApp visits instead?");
    assertThat(stored(id).topic()).isEqualTo("messaging-apps");
    assertThat(stored(id).state()).isEqualTo(ChampionQuestion.State.DRAFT);
    assertThat(poster.posts).isEmpty();
  }

  @Test
  void edit_leavingNothingOrBySomeoneElse_clearReplyDraftUnchanged() {
    long id = draft();

    assertThat(edits.edit(ASKER, id, "Jane Smith 07700 900123", 23).message().paragraphs())
        .anyMatch(p -> p.contains("Nothing would be left"));
    assertThat(edits.edit(ASKER, id, "  ", 2).message().paragraphs())
        .anyMatch(p -> p.contains("Nothing was sent"));
    assertThat(edits.edit(OTHER, id, EDITED, EDITED.length()).message().paragraphs())
        .anyMatch(p -> p.contains("There is no question " + id));
    assertThat(edits.text(OTHER, id)).isEmpty();

    assertThat(stored(id).text()).isEqualTo("Can I text [NAME] about visits?");
    assertThat(poster.posts).isEmpty();
  }

  @Test
  void send_withTheBoxEdited_postsTheRedactedEditOnceAndOnlyOnce() {
    long id = draft();

    assertThat(edits.send(ASKER, id, EDITED, EDITED.length()).changed()).isTrue();
    assertThat(edits.send(ASKER, id, "Something else entirely", 23).changed()).isFalse();

    assertThat(poster.posts)
        .filteredOn(p -> p.key().endsWith(":post"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(String.join("\n", p.message().paragraphs()))
                    .contains("Can I call [PHONE] about WhatsApp")
                    .doesNotContain("900123", "Something else"));
    assertThat(edits.text(ASKER, id)).isEmpty();
  }

  @Test
  void send_withAnEditThatLeavesNothing_sendsNothing() {
    long id = draft();

    assertThat(edits.send(ASKER, id, "Jane Smith", 10).changed()).isFalse();

    assertThat(stored(id).state()).isEqualTo(ChampionQuestion.State.DRAFT);
    assertThat(poster.posts).isEmpty();
  }

  @Test
  void preview_typedPrivateUseMarks_areDroppedSoNoTextPassesForAnAdaptersMark() {
    String typed = "Can I ask \uE000UBOSS\uE001 about visits?";
    DeskReply preview = champions.desk.preview(ASKER, typed, typed.length());

    assertThat(String.join("\n", preview.message().paragraphs()))
        .contains("Can I ask UBOSS about visits?")
        .doesNotContain("\uE000", "\uE001");
  }
}
