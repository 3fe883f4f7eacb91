package org.dpcoach.core.model;

import java.util.List;
import java.util.Optional;

/**
 * The engine's answer to a turn: the route, the topic and its confidence, the runner-ups and the
 * parts to render. {@code answerPrivately} asks adapters to reply where only the asker sees it
 * (personal data was found).
 */
public record Reply(
    Route route,
    String topic,
    double confidence,
    List<Alternative> alternatives,
    List<ReplyPart> parts,
    boolean answerPrivately,
    String knowledgeVersion) {

  /** Copies the lists. */
  public Reply {
    alternatives = List.copyOf(alternatives);
    parts = List.copyOf(parts);
  }

  /**
   * The same reply kept private, with a privacy notice first saying why (the platform's words: an
   * ephemeral message in Slack, a personal chat in Teams).
   */
  public Reply privately(String why) {
    List<ReplyPart> withWhy = new java.util.ArrayList<>();
    withWhy.add(new ReplyPart.Notice(ReplyPart.Notice.Kind.PRIVACY, why));
    withWhy.addAll(parts);
    return new Reply(route, topic, confidence, alternatives, withWhy, true, knowledgeVersion);
  }

  /** The parts of one kind, in order. */
  public <T extends ReplyPart> List<T> parts(Class<T> kind) {
    return parts.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** The first part of one kind, if any. */
  public <T extends ReplyPart> Optional<T> part(Class<T> kind) {
    return parts(kind).stream().findFirst();
  }

  /** The short answer read first, if the reply has one (answers do). */
  public Optional<ReplyPart.ShortAnswer> shortAnswer() {
    return part(ReplyPart.ShortAnswer.class);
  }

  /**
   * What is read first: the parts up to and including the short answer (notices, then the short
   * answer); every part when there is no short answer.
   */
  public List<ReplyPart> lead() {
    int at = shortAnswerIndex();
    return at < 0 ? parts : parts.subList(0, at + 1);
  }

  /**
   * The full guidance behind the short answer: every part after it (summary, points, employer,
   * nation note, sources, related); empty when there is no short answer.
   */
  public List<ReplyPart> fullGuidance() {
    int at = shortAnswerIndex();
    return at < 0 ? List.of() : parts.subList(at + 1, parts.size());
  }

  private int shortAnswerIndex() {
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i) instanceof ReplyPart.ShortAnswer) {
        return i;
      }
    }
    return -1;
  }
}
