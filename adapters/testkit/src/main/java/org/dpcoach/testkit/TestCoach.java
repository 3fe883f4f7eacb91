package org.dpcoach.testkit;

import java.nio.file.Path;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.CoachSettings;
import org.dpcoach.knowledge.KnowledgeBase;

/**
 * One engine for every test class in the JVM, its models cached in one folder for the whole build
 * (the root pom sets {@code dpcoach.modelCache}), so they train once per build.
 */
public final class TestCoach {
  private static CoachEngine engine;

  private TestCoach() {}

  /** The embedded knowledge with the example employer, England, defaults otherwise. */
  public static synchronized CoachEngine engine() {
    if (engine == null) {
      KnowledgeBase kb = KnowledgeBase.loader().exampleEmployer(true).load();
      engine = CoachEngine.start(kb, CoachSettings.builder().modelCache(modelCache()).build());
    }
    return engine;
  }

  /** The build's model cache ({@code dpcoach.modelCache}), else {@code target/model-cache}. */
  public static Path modelCache() {
    return Path.of(System.getProperty("dpcoach.modelCache", "target/model-cache"));
  }
}
