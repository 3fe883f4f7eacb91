package org.dpcoach.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.dpcoach.testkit.PublicSurface;
import org.junit.jupiter.api.Test;

/**
 * The shared adapter pieces: the inbox and its sweeper, request keys, seen ids, the one 429 retry,
 * the shared JSON mapper, the worker pool and sockets without delay.
 */
class PublicSurfaceTest {
  static final PublicSurface MAIN = PublicSurface.of("org.dpcoach.support");

  @Test
  void publicTypes_areTheSharedPieces() {
    assertThat(MAIN.publicTypes())
        .containsExactlyInAnyOrder(
            "Inbox",
            "InboxSweeper",
            "RequestKeys",
            "SeenIds",
            "Retry",
            "Json",
            "WorkerPool",
            "NoDelaySockets");
  }

  @Test
  void module_neverReadsTheEnvironment() {
    assertThat(MAIN.environmentReads()).isEmpty();
  }
}
