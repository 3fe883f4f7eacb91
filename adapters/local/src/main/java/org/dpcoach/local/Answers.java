package org.dpcoach.local;

import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.Turn;

/** The coach as the local chats use it: answer a turn, or a topic or case the person picked. */
interface Answers {
  /** Answers one turn. */
  Reply handle(Turn turn);

  /** Answers a topic or case picked from a button or a numbered choice. */
  Reply choose(Turn turn, String topicOrCaseId);

  /** The engine itself. */
  static Answers of(CoachEngine engine) {
    return new Answers() {
      @Override
      public Reply handle(Turn turn) {
        return engine.handle(turn);
      }

      @Override
      public Reply choose(Turn turn, String topicOrCaseId) {
        return engine.choose(turn, topicOrCaseId);
      }
    };
  }
}
