package org.dpcoach.core.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.port.ChampionQuestion;
import org.dpcoach.core.port.ChampionQuestions;
import org.dpcoach.core.port.OutboxEntry;
import org.dpcoach.core.port.OutboxMessages;
import org.dpcoach.core.port.OutboxStore;
import org.dpcoach.knowledge.Dialogue;

/**
 * The posts a question's state calls for, through the tips' outbox (planned once under a key,
 * claimed, posted, reconciled): the champions' post and its one reminder, the notes in its thread,
 * and the private answer or pointer to the asker. Builds each message from the stored question when
 * it is sent, so a post taken over after a crash says the same. Once a question is answered,
 * declined or withdrawn, its post (and reminder) is rewritten to say so, without buttons: a best
 * effort after the outbox delivered the rest, repeated harmlessly until the question is planned.
 */
public final class ChampionPosts implements OutboxMessages {
  static final String PREFIX = "champion:";
  private static final Pattern KEY = Pattern.compile("^champion:(\\d+):([a-z-]+)$");

  /** One post a question calls for. */
  enum Kind {
    POST,
    REMIND,
    TAKEN,
    ANSWER,
    ANSWERED,
    DECLINED,
    DECLINED_NOTE,
    WITHDRAWN;

    String id() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    boolean toAsker() {
      return this == ANSWER || this == DECLINED;
    }

    boolean inThread() {
      return this != POST && this != REMIND && !toAsker();
    }
  }

  private final ChampionQuestions questions;
  private final OutboxStore outbox;
  private final ChampionWords words;

  /** The posts of the questions in the store, planned in the outbox, in the dialogue's words. */
  public ChampionPosts(ChampionQuestions questions, OutboxStore outbox, Dialogue dialogue) {
    this.questions = questions;
    this.outbox = outbox;
    this.words = new ChampionWords(dialogue);
  }

  /** The outbox key of one of a question's posts. */
  static String key(long id, Kind kind) {
    return PREFIX + id + ":" + kind.id();
  }

  /** Plans the posts the question's state calls for (again harmlessly), then sends them. */
  void plan(ChampionQuestion q, java.time.Instant now, TipPublisher publisher) {
    List<String> keys = new ArrayList<>();
    for (Kind kind : kinds(q)) {
      String key = key(q.id(), kind);
      String channel = kind.toAsker() ? q.replyTo() : q.channel().orElse("");
      if (channel.isEmpty()) {
        continue;
      }
      outbox.plan(key, q.platform(), channel, now, counts -> PREFIX + kind.id(), now);
      keys.add(key);
    }
    keys.forEach(publisher::deliver);
    if (q.state().ended()) {
      // best effort after delivery: the champions' post says how it ended and loses its buttons
      for (Kind kind : List.of(Kind.POST, Kind.REMIND)) {
        publisher.revise(key(q.id(), kind), words.post(q, kind));
      }
    }
    questions.planned(q.id());
  }

  /**
   * Records the one reminder for each open question nobody took within a working day, then plans
   * the posts of every question still unplanned; how many it reminded about.
   */
  int tick(WorkingHours hours, java.time.Instant now, TipPublisher publisher) {
    int reminded = 0;
    for (ChampionQuestion q : questions.unreminded(now.minus(java.time.Duration.ofHours(1)))) {
      if (!hours.oneDayAfter(q.askedAt()).isAfter(now) && questions.remind(q.id(), now)) {
        reminded++;
      }
    }
    for (ChampionQuestion q : questions.unplanned()) {
      plan(q, now, publisher);
    }
    return reminded;
  }

  private static List<Kind> kinds(ChampionQuestion q) {
    List<Kind> kinds = new ArrayList<>();
    if (q.state() == ChampionQuestion.State.DRAFT) {
      return kinds;
    }
    kinds.add(Kind.POST);
    q.remindedAt().ifPresent(r -> kinds.add(Kind.REMIND));
    q.takenBy().ifPresent(t -> kinds.add(Kind.TAKEN));
    switch (q.state()) {
      case ANSWERED -> kinds.addAll(List.of(Kind.ANSWER, Kind.ANSWERED));
      case DECLINED -> kinds.addAll(List.of(Kind.DECLINED, Kind.DECLINED_NOTE));
      case WITHDRAWN -> kinds.add(Kind.WITHDRAWN);
      default -> {}
    }
    return kinds;
  }

  @Override
  public Optional<Message> message(OutboxEntry entry) {
    return parse(entry).flatMap(p -> questions.find(p.id()).map(q -> words.post(q, p.kind())));
  }

  /** A note goes in the thread of the champions' post once that is posted. */
  @Override
  public Optional<String> thread(OutboxEntry entry) {
    return parse(entry)
        .filter(p -> p.kind().inThread())
        .flatMap(p -> outbox.find(key(p.id(), Kind.POST)))
        .flatMap(OutboxEntry::messageId);
  }

  private record Parsed(long id, Kind kind) {}

  private static Optional<Parsed> parse(OutboxEntry entry) {
    Matcher m = KEY.matcher(entry.key());
    if (!m.matches()) {
      return Optional.empty();
    }
    for (Kind kind : Kind.values()) {
      if (kind.id().equals(m.group(2))) {
        return Optional.of(new Parsed(Long.parseLong(m.group(1)), kind));
      }
    }
    return Optional.empty();
  }
}
