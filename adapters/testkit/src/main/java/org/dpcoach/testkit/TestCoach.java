package org.dpcoach.testkit;

import java.nio.file.Path;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.CoachSettings;
import org.dpcoach.knowledge.KnowledgeBase;

/** One engine for every test class in the JVM, its model cached under target/ so it trains once. */
public final class TestCoach {
  private static CoachEngine engine;

  private TestCoach() {}

  /** The embedded knowledge with the example employer, England, defaults otherwise. */
  public static synchronized CoachEngine engine() {
    if (engine == null) {
      KnowledgeBase kb = KnowledgeBase.loader().exampleEmployer(true).load();
      engine =
          CoachEngine.start(
              kb, CoachSettings.defaults().withModelCache(Path.of("target", "model-cache")));
    }
    return engine;
  }
}
