package org.dpcoach.core.practice;

import java.util.Optional;
import java.util.function.Supplier;
import org.dpcoach.core.port.ChampionQuestion;
import org.dpcoach.core.port.ChampionQuestions;

/**
 * The asker's edits of a drafted question before it goes: the text to edit, the edit shown again,
 * and Send with the edited text. Every edit is redacted again by the guard; an edit that leaves
 * nothing gets the clear reply and nothing is kept or sent.
 */
public final class ChampionEdits {
  private final ChampionDesk desk;
  private final ChampionQuestions questions;
  private final ChampionWords words;

  ChampionEdits(ChampionDesk desk, ChampionQuestions questions, ChampionWords words) {
    this.desk = desk;
    this.questions = questions;
    this.words = words;
  }

  /** The redacted text of the asker's own draft; empty for anyone else or a question sent. */
  public Optional<String> text(Person asker, long id) {
    return questions
        .find(id)
        .filter(q -> q.asker().equals(asker.user()))
        .filter(q -> q.state() == ChampionQuestion.State.DRAFT)
        .map(ChampionQuestion::text);
  }

  /** Keeps the asker's edit of their draft, redacted again, and shows exactly what would go. */
  public DeskReply edit(Person asker, long id, String text, int typedChars) {
    return change(
        asker, id, text, typedChars, () -> words.preview(questions.find(id).orElseThrow()));
  }

  /** Sends the asker's draft as they left it in the preview's box (redacted again). */
  public DeskReply send(Person asker, long id, String text, int typedChars) {
    return change(asker, id, text, typedChars, () -> desk.confirm(asker, id));
  }

  /** Why the edit is refused, or what {@code then} says once the edit is kept. */
  private DeskReply change(
      Person asker, long id, String text, int typedChars, Supplier<DeskReply> then) {
    Optional<ChampionQuestion> q = questions.find(id).filter(x -> x.asker().equals(asker.user()));
    if (q.isEmpty()) {
      return words.unchanged("champion_not_found", "id", id);
    }
    if (q.get().state() != ChampionQuestion.State.DRAFT) {
      return words.already(q.get());
    }
    return desk.checked(
        asker,
        text,
        typedChars,
        redacted ->
            questions.edit(id, asker.user(), redacted, desk.topicOf(redacted))
                ? then.get()
                : desk.unchanged(id));
  }
}
