package org.dpcoach.testkit;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.util.function.Consumer;

/** A Javalin server for tests: no banner, a free port on 127.0.0.1, the given routes. */
public final class LoopbackJavalin {

  private LoopbackJavalin() {}

  /** Starts a server configured by {@code routes} (an adapter's {@code routes}, say). */
  public static Javalin start(Consumer<JavalinConfig> routes) {
    return Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              routes.accept(config);
            })
        .start("127.0.0.1", 0);
  }
}
