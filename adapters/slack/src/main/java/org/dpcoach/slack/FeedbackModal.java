package org.dpcoach.slack;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The optional "what was missing" modal after a "not helpful" click, and reading it back. */
final class FeedbackModal {
  static final int MAX_CHARS = 1_000;

  private FeedbackModal() {}

  /** The modal for an answer, identified by {@code topic|version|case}. */
  static View view(String answerKey) {
    InputBlock input =
        InputBlock.builder()
            .blockId(ActionIds.MISSING_BLOCK)
            .optional(true)
            .label(plainText("What was missing? (optional)"))
            .hint(plainText("Please leave out names and anything that could identify someone."))
            .element(
                PlainTextInputElement.builder()
                    .actionId(ActionIds.MISSING_INPUT)
                    .multiline(true)
                    .maxLength(MAX_CHARS)
                    .build())
            .build();
    return View.builder()
        .type("modal")
        .callbackId(ActionIds.FEEDBACK_VIEW)
        .privateMetadata(Mrkdwn.plain(answerKey, 3_000))
        .title(ViewTitle.builder().type("plain_text").text("Feedback").build())
        .submit(ViewSubmit.builder().type("plain_text").text("Send").build())
        .close(ViewClose.builder().type("plain_text").text("Skip").build())
        .blocks(List.of(input))
        .build();
  }

  /** The typed answer, if any. */
  static Optional<String> missing(ViewState state) {
    if (state == null || state.getValues() == null) {
      return Optional.empty();
    }
    Map<String, ViewState.Value> block = state.getValues().get(ActionIds.MISSING_BLOCK);
    ViewState.Value value = block == null ? null : block.get(ActionIds.MISSING_INPUT);
    return Optional.ofNullable(value).map(ViewState.Value::getValue).filter(v -> !v.isBlank());
  }

  /** Splits {@code topic|version|case} (the case may be missing); unknown parts become empty. */
  static String[] answerKey(String value) {
    String[] parts = (value == null ? "" : value).split("\\|", 3);
    return new String[] {
      parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : ""
    };
  }
}
