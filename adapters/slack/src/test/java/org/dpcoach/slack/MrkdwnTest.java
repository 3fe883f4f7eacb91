package org.dpcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MrkdwnTest {

  @Test
  void escape_controlCharacters_becomeEntities() {
    assertThat(Mrkdwn.escape("<!channel> & <@U1>")).isEqualTo("&lt;!channel&gt; &amp; &lt;@U1&gt;");
    assertThat(Mrkdwn.escape(null)).isEmpty();
  }

  @Test
  void fit_longText_cutsWithEllipsisWithinTheLimit() {
    String fitted = Mrkdwn.fit("a".repeat(5_000), 3_000);
    assertThat(fitted).hasSize(3_000).endsWith("…");
  }

  @Test
  void fit_cutInsideAnEntity_dropsTheWholeEntity() {
    String escaped = Mrkdwn.escape("ab<");
    String fitted = Mrkdwn.fit(escaped + "xyz", 6);
    assertThat(fitted).isEqualTo("ab…");
  }

  @Test
  void fit_cutInsideASurrogatePair_dropsTheWholePair() {
    String fitted = Mrkdwn.fit("ab😀cd", 4);
    assertThat(fitted).isEqualTo("ab…");
  }

  @Test
  void typed_slackEncodedMention_stripsTheBotAndDecodesEntities() {
    String text =
        "<@UBOT> is it ok &amp; safe to use <https://wa.me|WhatsApp> with &lt;care leavers&gt; <@UBOT|dpcoach>";
    assertThat(Mrkdwn.typed(text, "UBOT"))
        .isEqualTo("is it ok & safe to use WhatsApp with <care leavers>");
  }

  @Test
  void typed_otherMentions_keepTheirId() {
    assertThat(Mrkdwn.typed("ask <@U123> about it", "UBOT")).isEqualTo("ask @U123 about it");
  }
}
