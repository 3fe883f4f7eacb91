package org.dpcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Teams conversations survive a restart, refresh in place and go when forgotten. */
class ConversationStoreTest {
  static final String CHANNEL = "19:" + "a".repeat(32) + "@thread.tacv2";

  @TempDir Path temp;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void rememberRefreshReopenAndForget(String vendor) {
    StoreSettings settings = vendor.equals("h2") ? Fixtures.h2(temp) : Fixtures.postgres();
    StoredConversation channel =
        new StoredConversation(
            CHANNEL,
            "https://smba.trafficmanager.net/uk/",
            Optional.of("tenant-1"),
            Optional.of("channel"),
            "28:bot",
            Optional.empty(),
            Optional.of("team-group-id"));
    StoredConversation personal =
        new StoredConversation(
            "a:" + "x".repeat(300),
            "https://smba.trafficmanager.net/uk/",
            Optional.of("tenant-1"),
            Optional.of("personal"),
            "28:bot",
            Optional.of("29:user"),
            Optional.empty());
    try (Database db = Database.open(settings)) {
      db.conversations().remember(channel, Instant.parse("2026-11-23T10:00:00Z"));
      db.conversations().remember(personal, Instant.parse("2026-11-23T10:01:00Z"));
      db.conversations()
          .remember(
              new StoredConversation(
                  CHANNEL,
                  "https://smba.trafficmanager.net/emea/",
                  channel.tenantId(),
                  channel.conversationType(),
                  channel.botId(),
                  channel.userId(),
                  channel.teamId()),
              Instant.parse("2026-11-23T10:02:00Z"));
    }
    try (Database db = Database.open(settings)) {
      assertThat(db.conversations().all())
          .extracting(StoredConversation::conversationId)
          .containsExactly(personal.conversationId(), CHANNEL);
      assertThat(db.conversations().find(CHANNEL).orElseThrow().serviceUrl())
          .isEqualTo("https://smba.trafficmanager.net/emea/");
      assertThat(db.conversations().find(personal.conversationId())).contains(personal);
      db.conversations().forget(CHANNEL);
      assertThat(db.conversations().find(CHANNEL)).isEmpty();
      assertThat(db.conversations().all()).hasSize(1);
    }
  }
}
