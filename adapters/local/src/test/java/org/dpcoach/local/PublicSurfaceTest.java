package org.dpcoach.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.dpcoach.testkit.PublicSurface;
import org.junit.jupiter.api.Test;

/**
 * The local chats (console and web) and their text renderer are public; nothing reads the
 * environment.
 */
class PublicSurfaceTest {
  static final PublicSurface MAIN = PublicSurface.of("org.dpcoach.local");

  @Test
  void publicTypes_areTheTwoChatsAndTheRenderer() {
    assertThat(MAIN.publicTypes())
        .containsExactlyInAnyOrder("ConsoleChat", "WebChat", "TextRenderer");
  }

  @Test
  void module_neverReadsTheEnvironment() {
    assertThat(MAIN.environmentReads()).isEmpty();
  }
}
