package org.dpcoach.core;

import org.dpcoach.core.model.Route;
import org.dpcoach.core.nlp.Ranking;

/** What the resolver decided for a turn, before the composer words it. */
record Decision(Route route, String topic, double confidence, Ranking ranking, Kind kind) {

  /** Why the route was taken, where the composer words it differently. */
  enum Kind {
    PLAIN,
    FOLLOW_UP,
    UNREADABLE
  }

  Decision(Route route, String topic, double confidence, Ranking ranking) {
    this(route, topic, confidence, ranking, Kind.PLAIN);
  }
}
