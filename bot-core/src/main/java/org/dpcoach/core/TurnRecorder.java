package org.dpcoach.core;

import java.time.Clock;
import java.util.Optional;
import org.dpcoach.core.model.Origin;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart.ShortAnswer;
import org.dpcoach.core.model.Turn;
import org.dpcoach.core.port.TurnLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports answered turns to the turn log: never the text as typed, the redacted text only when the
 * coach could not answer it, and nothing of the engine's own turns.
 */
final class TurnRecorder {
  /** The origin of the engine's own turns ({@link CoachEngine#topicOf}): never reported. */
  static final Origin INTERNAL = new Origin("internal", "", "internal");

  private static final Logger LOG = LoggerFactory.getLogger(TurnRecorder.class);

  private final TurnLog turnLog;
  private final Clock clock;

  TurnRecorder(TurnLog turnLog, Clock clock) {
    this.turnLog = turnLog;
    this.clock = clock;
  }

  /** Reports the turn (a log failure is logged, never thrown) and returns the reply. */
  Reply logged(
      Turn turn, AnswerComposer.Setting setting, Reply reply, Optional<String> unanswered) {
    if (turn.origin() == INTERNAL) {
      return reply;
    }
    try {
      turnLog.record(
          new TurnLog.Entry(
              clock.instant(),
              turn.userId(),
              turn.origin(),
              setting.nation(),
              reply.route(),
              reply.topic(),
              reply.part(ShortAnswer.class).flatMap(ShortAnswer::caseId),
              reply.confidence(),
              reply.answerPrivately(),
              unanswered));
    } catch (RuntimeException e) {
      LOG.warn("the turn log failed: {}", e.getClass().getName());
    }
    return reply;
  }
}
