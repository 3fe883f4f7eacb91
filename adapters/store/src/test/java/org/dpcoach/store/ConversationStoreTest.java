package org.dpcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.dpcoach.core.port.ConversationAddress;
import org.dpcoach.core.port.ConversationDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conversation addresses survive a restart, refresh in place and go when forgotten; one written as
 * it is is not written again.
 */
class ConversationStoreTest {
  static final String CHANNEL = "19:" + "a".repeat(32) + "@thread.tacv2";

  @TempDir Path temp;

  private static ConversationDirectory at(Database db, String instant) {
    return db.conversations(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void rememberRefreshReopenAndForget(String vendor) {
    StoreSettings settings = vendor.equals("h2") ? Fixtures.h2(temp) : Fixtures.postgres();
    ConversationAddress channel =
        new ConversationAddress(
            CHANNEL,
            "https://smba.trafficmanager.net/uk/",
            Optional.of("tenant-1"),
            Optional.of("channel"),
            "28:bot",
            Optional.empty(),
            Optional.of("team-group-id"));
    ConversationAddress personal =
        new ConversationAddress(
            "a:" + "x".repeat(300),
            "https://smba.trafficmanager.net/uk/",
            Optional.of("tenant-1"),
            Optional.of("personal"),
            "28:bot",
            Optional.of("29:user"),
            Optional.empty());
    try (Database db = Database.open(settings)) {
      at(db, "2026-11-23T10:00:00Z").remember(channel);
      at(db, "2026-11-23T10:01:00Z").remember(personal);
      at(db, "2026-11-23T10:02:00Z")
          .remember(
              new ConversationAddress(
                  CHANNEL,
                  "https://smba.trafficmanager.net/emea/",
                  channel.tenantId(),
                  channel.conversationType(),
                  channel.botId(),
                  channel.userId(),
                  channel.teamId()));
    }
    try (Database db = Database.open(settings)) {
      ConversationDirectory conversations = db.conversations(Clock.systemUTC());
      assertThat(conversations.all())
          .extracting(ConversationAddress::conversationId)
          .containsExactly(personal.conversationId(), CHANNEL);
      assertThat(conversations.find(CHANNEL).orElseThrow().serviceUrl())
          .isEqualTo("https://smba.trafficmanager.net/emea/");
      assertThat(conversations.find(personal.conversationId())).contains(personal);
      assertThat(conversations.personalChat("29:user")).contains(personal);
      assertThat(conversations.personalChat("29:other")).isEmpty();
      conversations.forget(CHANNEL);
      assertThat(conversations.find(CHANNEL)).isEmpty();
      assertThat(conversations.all()).hasSize(1);
    }
  }

  @Test
  void remember_sameReferenceAgain_isNotWrittenAgain_aChangedOneIs() throws Exception {
    ConversationAddress channel =
        new ConversationAddress(
            "19:north@thread.tacv2",
            "https://smba.trafficmanager.net/uk/",
            Optional.of("tenant"),
            Optional.of("channel"),
            "28:bot",
            Optional.empty(),
            Optional.of("group"));
    try (Database db = Database.open(StoreSettings.embedded(temp))) {
      ConversationDirectory refs = db.conversations(Clock.systemUTC());
      refs.remember(channel);
      assertThat(refs.find(channel.conversationId())).contains(channel);

      try (var c = db.dataSource().getConnection();
          var st = c.createStatement()) {
        st.executeUpdate("DELETE FROM teams_conversation");
      }
      refs.remember(channel);
      assertThat(refs.find(channel.conversationId())).as("unchanged: no write").isEmpty();

      ConversationAddress moved =
          new ConversationAddress(
              channel.conversationId(),
              "https://smba.trafficmanager.net/emea/",
              channel.tenantId(),
              channel.conversationType(),
              channel.botId(),
              channel.userId(),
              channel.teamId());
      refs.remember(moved);
      assertThat(refs.find(channel.conversationId())).contains(moved);

      refs.forget(channel.conversationId());
      refs.remember(moved);
      assertThat(refs.all()).containsExactly(moved);
    }
  }
}
