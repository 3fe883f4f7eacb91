package org.dpcoach.core.practice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.port.ChampionQuestion;
import org.dpcoach.core.port.ChampionQuestions;
import org.dpcoach.core.port.OutboxStore;

/**
 * Questions to the digital champions, decided once for every platform: the asker's preview, edits,
 * confirmation and withdrawal; a champion's take, answer, "not for us" and "add to knowledge"; the
 * one reminder after a working day. Only champions answer; each change is one conditional update,
 * and every post goes through the tips' outbox.
 */
public final class ChampionDesk {
  private final ChampionSettings settings;
  private final ChampionQuestions questions;
  private final ChampionPosts posts;
  private final TipPublisher publisher;
  private final ChampionWords words;
  private final TopicDetector topics;
  private final PersonalDataGuard guard;

  /**
   * A desk over the question store, posting through the publisher's outbox; the publisher must know
   * the champions' posts ({@link ChampionPosts}, given to it as other posts).
   */
  public ChampionDesk(
      ChampionSettings settings,
      ChampionQuestions questions,
      OutboxStore outbox,
      TipPublisher publisher,
      TopicDetector topics,
      PersonalDataGuard guard) {
    this.settings = settings;
    this.questions = questions;
    this.words = new ChampionWords(settings.dialogue());
    this.posts = new ChampionPosts(questions, outbox, settings.dialogue());
    this.publisher = publisher;
    this.topics = topics;
    this.guard = guard;
  }

  /** The champions' channel on the platform: from the settings, else as a champion set it. */
  public Optional<String> channel(String platform) {
    return Optional.ofNullable(settings.channels().get(platform))
        .or(() -> questions.channel(platform));
  }

  /** The "Ask a digital champion" offer, or empty when the platform has no champions' channel. */
  public Optional<Message> offer(String platform, String redacted) {
    return channel(platform).map(c -> words.offer(redacted == null ? "" : redacted.strip()));
  }

  /** Shows the asker exactly what would go; nothing is sent until they confirm. */
  public DeskReply preview(Person asker, String text, int typedChars) {
    return checked(asker, text, typedChars, r -> words.preview(questions.draft(draft(asker, r))));
  }

  /** Sends a question at once: the command with its text is the confirmation. */
  public DeskReply ask(Person asker, String text, int typedChars) {
    return checked(
        asker,
        text,
        typedChars,
        r -> sent(questions.ask(draft(asker, r), channel(platform(asker)).orElseThrow())));
  }

  /** The asker confirms their draft; anyone else, or a draft sent already, changes nothing. */
  public DeskReply confirm(Person asker, long id) {
    Optional<ChampionQuestion> q = questions.find(id).filter(x -> x.asker().equals(asker.user()));
    Optional<String> channel = channel(platform(asker));
    if (q.isEmpty() || channel.isEmpty()) {
      return words.unchanged("champion_not_found", "id", id);
    }
    if (!questions.confirm(
        id, asker.user(), q.get().text(), q.get().topic(), channel.get(), now())) {
      return unchanged(id);
    }
    return sent(questions.find(id).orElseThrow());
  }

  private DeskReply sent(ChampionQuestion q) {
    posts.plan(q, now(), publisher);
    return words.done("champion_sent_title", "champion_sent", "id", q.id());
  }

  /** The asker's edits of their draft before it goes. */
  public ChampionEdits edits() {
    return new ChampionEdits(this, questions, words);
  }

  /** Whether the person is one of the champions named in the settings. */
  public boolean champion(Person person) {
    return settings.champions().includes(person.user());
  }

  /** The asker withdraws a question that is not answered yet. */
  public DeskReply withdraw(Person asker, long id) {
    if (!questions.withdraw(id, asker.user(), now())) {
      return words.unchanged("champion_not_found", "id", id);
    }
    questions.find(id).ifPresent(q -> posts.plan(q, now(), publisher));
    return words.done("champion_note_title", "champion_withdrawn", "id", id);
  }

  /** A champion says "I'll take it". */
  public DeskReply take(Person champion, long id) {
    return byChampion(
        champion,
        id,
        "champion_taken",
        () -> questions.take(id, champion.user(), champion.name(), now()));
  }

  /** The Answer button where the platform has no box: where a champion writes the answer. */
  public DeskReply answerHow(Person champion) {
    return championOnly(champion).orElseGet(() -> words.unchanged("champion_answer_how"));
  }

  /** A champion's answer (the Answer box, or a reply in the post's thread). */
  public DeskReply answer(Person champion, long id, String text) {
    Optional<DeskReply> refused = championOnly(champion);
    if (refused.isPresent()) {
      return refused.get();
    }
    String answer = text == null ? "" : redacted(text);
    if (!ChampionInput.saysSomething(answer)) {
      return words.unchanged("champion_answer_empty");
    }
    return change(
        id,
        questions.answer(id, champion.user(), champion.name(), answer, now()),
        "champion_answer_sent");
  }

  /**
   * A reply in a thread of the champions' channel: a champion's reply under a question's post is
   * its answer; anything else (another thread, someone who is not a champion) is left alone.
   */
  public Optional<DeskReply> threadReply(Person champion, String postId, String text) {
    if (!champion(champion)) {
      return Optional.empty();
    }
    return questions
        .byPost(platform(champion), postId)
        .filter(q -> q.channel().filter(champion.caller().channel()::equals).isPresent())
        .filter(q -> q.state().waiting())
        .map(q -> answer(champion, q.id(), text));
  }

  /** A champion marks the question "not for us": the asker is told where to go instead. */
  public DeskReply decline(Person champion, long id) {
    return byChampion(
        champion,
        id,
        "champion_declined",
        () -> questions.decline(id, champion.user(), champion.name(), now()));
  }

  /** A champion marks an answer "add to knowledge", for the next {@code kb drafts}. */
  public DeskReply markForKnowledge(Person champion, long id) {
    return championOnly(champion)
        .orElseGet(
            () ->
                questions.markForKnowledge(id, now())
                    ? words.done("champion_note_title", "champion_marked", "id", id)
                    : words.unchanged("champion_not_found", "id", id));
  }

  /** {@code champions here}: a champion makes this channel the platform's champions' channel. */
  public DeskReply setChannel(Person champion) {
    return championOnly(champion)
        .orElseGet(
            () -> {
              questions.setChannel(
                  platform(champion), champion.caller().channel(), champion.user(), now());
              return words.done("champion_note_title", "champion_channel_set");
            });
  }

  /** Posts the reminders due, then the posts a crash left unplanned; how many it reminded. */
  public int tick() {
    return posts.tick(settings.hours(), now(), publisher);
  }

  /** Answered questions a champion marked "add to knowledge". */
  public List<ChampionQuestion> forKnowledge() {
    return questions.forKnowledge();
  }

  /** Why the question cannot go, or what {@code then} makes of it redacted (once). */
  DeskReply checked(Person asker, String text, int typedChars, Function<String, DeskReply> then) {
    return channel(platform(asker)).isEmpty()
        ? words.unchanged("champion_off")
        : ChampionInput.checked(text, typedChars, this::redacted, words, then);
  }

  private DeskReply change(long id, boolean changed, String done) {
    if (!changed) {
      return unchanged(id);
    }
    questions.find(id).ifPresent(q -> posts.plan(q, now(), publisher));
    return words.done("champion_note_title", done, "id", id);
  }

  /** Nothing changed: there is no such question, or it has moved on already. */
  DeskReply unchanged(long id) {
    Optional<DeskReply> already = questions.find(id).map(words::already);
    return already.orElseGet(() -> words.unchanged("champion_not_found", "id", id));
  }

  private DeskReply byChampion(Person champion, long id, String done, BooleanSupplier change) {
    return championOnly(champion).orElseGet(() -> change(id, change.getAsBoolean(), done));
  }

  private Optional<DeskReply> championOnly(Person person) {
    return champion(person)
        ? Optional.empty()
        : Optional.of(words.unchanged("champion_not_champion"));
  }

  private ChampionQuestions.Draft draft(Person asker, String redacted) {
    String topic = topicOf(redacted);
    return new ChampionQuestions.Draft(
        platform(asker), asker.user(), asker.name(), asker.replyTo(), redacted, topic, now());
  }

  String topicOf(String redacted) {
    return topics.topicOf(redacted).orElse("none");
  }

  /** Redacted; private-use characters go first, so no typed text passes for an adapter's mark. */
  private String redacted(String text) {
    return guard.redact(ChampionInput.plain(text)).redacted();
  }

  private static String platform(Person person) {
    return person.caller().platform();
  }

  private Instant now() {
    return settings.clock().instant();
  }
}
