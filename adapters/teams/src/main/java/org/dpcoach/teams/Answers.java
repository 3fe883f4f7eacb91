package org.dpcoach.teams;

import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.Turn;

/** The coach as the adapter uses it: answer a turn, or answer a topic the person picked. */
interface Answers {
  Reply handle(Turn turn);

  Reply choose(Turn turn, String topicId);

  static Answers of(CoachEngine engine) {
    return new Answers() {
      @Override
      public Reply handle(Turn turn) {
        return engine.handle(turn);
      }

      @Override
      public Reply choose(Turn turn, String topicId) {
        return engine.choose(turn, topicId);
      }
    };
  }
}
