package org.dpcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.dpcoach.core.nlp.Normaliser;
import org.junit.jupiter.api.Test;

class NormaliserTest {
  private final Normaliser normaliser =
      new Normaliser(
          Map.of("fb", "facebook", "yp", "young person", "friend req", "friend request"));

  @Test
  void expanded_abbreviationsAndMultiWordKeys_areReplaced() {
    assertThat(normaliser.expanded("Can my YP add me on FB? friend req pls"))
        .containsExactly(
            "can",
            "my",
            "young",
            "person",
            "add",
            "me",
            "on",
            "facebook",
            "friend",
            "request",
            "pls");
  }

  @Test
  void words_zeroWidthAndFullWidthCharacters_areFolded() {
    assertThat(Normaliser.words("Ｆａｃｅ\u200Bbook  WHATSAPP"))
        .containsExactly("facebook", "whatsapp");
  }

  @Test
  void tokens_inflections_shareAStem() {
    assertThat(normaliser.tokens("requests requesting")).containsExactly("request", "request");
  }

  @Test
  void tokens_emojiOnly_givesNoTokens() {
    assertThat(normaliser.tokens("😀🙏🔥")).isEmpty();
  }
}
