package org.dpcoach.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where questions to the champions are kept. Every change of state is one conditional update, so a
 * re-delivered event (or two instances acting at once) changes a question at most once; a change
 * that needs posts marks the question until the posts are planned in the outbox.
 */
public interface ChampionQuestions {

  /** What a new question holds: ids, the asker's name and the redacted text. */
  record Draft(
      String platform,
      String asker,
      String askerName,
      String replyTo,
      String text,
      String topic,
      Instant at) {}

  /** Stores a draft the asker has yet to confirm. */
  ChampionQuestion draft(Draft draft);

  /** Stores a confirmed question, waiting in the channel, with its posts to plan. */
  ChampionQuestion ask(Draft draft, String channel);

  /** The question with the number, if any. */
  Optional<ChampionQuestion> find(long id);

  /** The question whose post (or reminder) in the champions' channel has the platform's id. */
  Optional<ChampionQuestion> byPost(String platform, String messageId);

  /** The asker's edit of their draft (redacted text and its topic); false when not a draft. */
  boolean edit(long id, String asker, String text, String topic);

  /** Draft to open for the asker, with the (edited, redacted) text; false when not a draft. */
  boolean confirm(long id, String asker, String text, String topic, String channel, Instant at);

  /** Open to taken by the champion; false when it was not open. */
  boolean take(long id, String champion, String name, Instant at);

  /** Open or taken to answered; false when it was answered, declined or withdrawn already. */
  boolean answer(long id, String champion, String name, String answer, Instant at);

  /** Open or taken to declined ("not for us"); false when it was not waiting. */
  boolean decline(long id, String champion, String name, Instant at);

  /** Draft, open or taken to withdrawn, by its asker only; false otherwise. */
  boolean withdraw(long id, String asker, Instant at);

  /** Marks an answered question for the knowledge drafts; false when it is not answered. */
  boolean markForKnowledge(long id, Instant at);

  /** Open questions never reminded about, asked before the instant. */
  List<ChampionQuestion> unreminded(Instant askedBefore);

  /** Records the one reminder; false when it was reminded already or is no longer open. */
  boolean remind(long id, Instant at);

  /** Questions whose posts are still to be planned. */
  List<ChampionQuestion> unplanned();

  /** Clears the mark once the posts are planned. */
  void planned(long id);

  /** Answered questions marked "add to knowledge", oldest first. */
  List<ChampionQuestion> forKnowledge();

  /** The champions' channel a champion set on the platform ({@code champions here}), if any. */
  Optional<String> channel(String platform);

  /** Sets (replaces) the platform's champions' channel. */
  void setChannel(String platform, String channel, String setBy, Instant at);
}
