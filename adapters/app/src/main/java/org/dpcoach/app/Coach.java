package org.dpcoach.app;

import java.time.Clock;
import java.time.LocalDate;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.CoachSettings;
import org.dpcoach.core.port.TurnLog;
import org.dpcoach.knowledge.KnowledgeBase;

/** Wiring: from settings to a loaded knowledge base and a started engine. */
final class Coach {
  private Coach() {}

  static KnowledgeBase.Loader loader(AppConfig config, Clock clock) {
    KnowledgeBase.Loader loader =
        KnowledgeBase.loader()
            .today(LocalDate.now(clock))
            .exampleEmployer(config.exampleEmployer());
    config.kbDir().ifPresent(loader::kbDirectory);
    config.employerDir().ifPresent(loader::employerDirectory);
    return loader;
  }

  static CoachEngine start(AppConfig config, Clock clock) {
    return start(config, clock, TurnLog.none());
  }

  /** The engine, reporting every answered turn to the log (insights' recorder, say). */
  static CoachEngine start(AppConfig config, Clock clock, TurnLog log) {
    KnowledgeBase kb = loader(config, clock).load();
    CoachSettings settings =
        CoachSettings.defaults()
            .withJurisdiction(config.jurisdiction())
            .withClock(clock)
            .withModelCache(config.modelDir());
    return CoachEngine.builder(kb, settings).turnLog(log).start();
  }
}
