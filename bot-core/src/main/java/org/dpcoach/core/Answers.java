package org.dpcoach.core;

import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.Turn;

/** The coach as the adapters use it: answer a turn, or a topic or case the person picked. */
public interface Answers {
  /** Answers one turn; never throws. */
  Reply handle(Turn turn);

  /** Answers a topic or case picked from a button or a numbered choice. */
  Reply choose(Turn turn, String topicOrCaseId);
}
