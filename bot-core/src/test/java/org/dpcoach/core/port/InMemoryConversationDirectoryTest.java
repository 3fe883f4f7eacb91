package org.dpcoach.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The in-memory directory refreshes, forgets and stays bounded. */
class InMemoryConversationDirectoryTest {

  private static ConversationAddress address(String id) {
    return new ConversationAddress(
        id,
        "https://smba.trafficmanager.net/uk/",
        Optional.empty(),
        Optional.empty(),
        "28:b",
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void remember_overCapacity_dropsTheLeastRecentlyRefreshed_andForgetDrops() {
    InMemoryConversationDirectory refs = new InMemoryConversationDirectory(2);
    ConversationAddress a = address("a");

    refs.remember(a);
    refs.remember(address("b"));
    refs.remember(a);
    refs.remember(address("c"));

    assertThat(refs.all())
        .extracting(ConversationAddress::conversationId)
        .containsExactly("a", "c");
    refs.forget("a");
    assertThat(refs.find("a")).isEmpty();
  }

  @Test
  void personalChat_keptForTheUser_isFound_otherUsersAndChannelsAreNot() {
    InMemoryConversationDirectory refs = new InMemoryConversationDirectory(10);
    ConversationAddress personal = withUser("p", "personal", "29:u");
    refs.remember(withUser("c", "channel", "29:u"));
    refs.remember(personal);
    refs.remember(withUser("q", "personal", "29:v"));

    assertThat(refs.personalChat("29:u")).contains(personal);
    assertThat(refs.personalChat("29:w")).isEmpty();
  }

  private static ConversationAddress withUser(String id, String type, String user) {
    return new ConversationAddress(
        id,
        "https://smba.trafficmanager.net/uk/",
        Optional.empty(),
        Optional.of(type),
        "28:b",
        Optional.of(user),
        Optional.empty());
  }

  @Test
  void address_blankConversationId_isRejected() {
    assertThatThrownBy(() -> address(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
