package org.dpcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.dpcoach.store.Database;
import org.dpcoach.store.StoreSettings;
import org.dpcoach.teams.TeamsConversation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** References round-trip through the database, written only when they change. */
class StoredConversationReferencesTest {
  @TempDir Path data;

  @Test
  void remember_sameReferenceAgain_isNotWrittenAgain_aChangedOneIs() throws Exception {
    TeamsConversation channel =
        new TeamsConversation(
            "19:north@thread.tacv2",
            "https://smba.trafficmanager.net/uk/",
            Optional.of("tenant"),
            Optional.of("channel"),
            "28:bot",
            Optional.empty(),
            Optional.of("group"));
    try (Database db = Database.open(StoreSettings.embedded(data))) {
      StoredConversationReferences refs =
          new StoredConversationReferences(db.conversations(), Clock.systemUTC());
      refs.remember(channel);
      assertThat(refs.find(channel.conversationId())).contains(channel);

      try (var c = db.dataSource().getConnection();
          var st = c.createStatement()) {
        st.executeUpdate("DELETE FROM teams_conversation");
      }
      refs.remember(channel);
      assertThat(refs.find(channel.conversationId())).as("unchanged: no write").isEmpty();

      TeamsConversation moved =
          new TeamsConversation(
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
