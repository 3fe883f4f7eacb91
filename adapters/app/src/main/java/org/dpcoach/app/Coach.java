package org.dpcoach.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.CoachSettings;
import org.dpcoach.core.port.ConversationContexts;
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
    return start(config, clock, Optional.empty(), TurnLog.none());
  }

  /** The engine with follow-up context kept by the given port (the shared database), if any. */
  static CoachEngine start(AppConfig config, Clock clock, Optional<ConversationContexts> contexts) {
    return start(config, clock, contexts, TurnLog.none());
  }

  /** The engine, reporting every answered turn to the log (insights' recorder, say). */
  static CoachEngine start(AppConfig config, Clock clock, TurnLog log) {
    return start(config, clock, Optional.empty(), log);
  }

  /**
   * The engine with follow-up context kept by the given port, if any, reporting every answered turn
   * to the log.
   */
  static CoachEngine start(
      AppConfig config, Clock clock, Optional<ConversationContexts> contexts, TurnLog log) {
    KnowledgeBase kb = loader(config, clock).load();
    CoachSettings settings =
        CoachSettings.builder()
            .jurisdiction(config.jurisdiction())
            .clock(clock)
            .modelCache(config.modelDir())
            .build();
    CoachEngine.Builder builder = CoachEngine.builder(kb, settings).turnLog(log);
    contexts.ifPresent(builder::contexts);
    return builder.start();
  }
}
