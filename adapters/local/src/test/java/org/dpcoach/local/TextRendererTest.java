package org.dpcoach.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.Route;
import org.junit.jupiter.api.Test;

class TextRendererTest {
  final TextRenderer text = new TextRenderer();

  @Test
  void renderShort_answerWithShortAnswer_isTheShortAnswerAndItsSourceOnly() {
    String out = text.renderShort(Replies.shortAnswer());

    assertThat(out)
        .isEqualTo(
            "(privacy note)\n\nNo. Decline <b>politely</b> & talk to your manager.\n"
                + "Source: SWE Professional Standards, 5.6 (knowledge version kb-1)");
  }

  @Test
  void render_answerWithShortAnswer_isEverythingWithTheShortAnswerFirst() {
    String out = text.render(Replies.shortAnswer());

    assertThat(out)
        .startsWith("(privacy note)\n\nNo. Decline")
        .contains(
            "FRIEND REQUESTS",
            "Do:\n  - Decline politely",
            "What Example Council says",
            "In Wales: ",
            "Sources (knowledge version kb-1):",
            "Related: What about LinkedIn? [friend-requests.linkedin]");
  }

  @Test
  void renderGuidance_answerWithShortAnswer_isEverythingAfterIt() {
    String out = text.renderGuidance(Replies.shortAnswer());

    assertThat(out).startsWith("FRIEND REQUESTS").doesNotContain("No. Decline", "privacy note");
  }

  @Test
  void renderShort_replyWithoutShortAnswer_isTheWholeReply() {
    Reply clarify =
        new Reply(
            Route.CLARIFY,
            "x",
            0.4,
            List.of(),
            List.of(
                new ReplyPart.Choices(
                    "Pick one:", List.of(new org.dpcoach.core.model.TopicRef("a", "Topic A")))),
            false,
            "kb-1");

    assertThat(text.renderShort(clarify))
        .isEqualTo(text.render(clarify))
        .isEqualTo("Pick one:\n  1. Topic A [a]");
    assertThat(text.renderGuidance(clarify)).isEmpty();
  }
}
