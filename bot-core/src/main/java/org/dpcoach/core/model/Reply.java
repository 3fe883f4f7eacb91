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

  /** The parts of one kind, in order. */
  public <T extends ReplyPart> List<T> parts(Class<T> kind) {
    return parts.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** The first part of one kind, if any. */
  public <T extends ReplyPart> Optional<T> part(Class<T> kind) {
    return parts(kind).stream().findFirst();
  }
}
