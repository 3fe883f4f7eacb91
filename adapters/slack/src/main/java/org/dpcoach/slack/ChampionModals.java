package org.dpcoach.slack;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
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
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.practice.ChampionSettings;
import org.dpcoach.knowledge.Dialogue;

/**
 * The champions' two Slack modals, in the dialogue's words: the asker's Edit box, pre-filled with
 * their redacted question, and a champion's Answer box; and reading a submitted one back. The
 * modal's private metadata says what it was for, which question, and where the reply goes.
 */
final class ChampionModals {
  static final String VIEW = "dpcoach.champion.view";
  static final String BLOCK = "champion";
  static final String INPUT = "champion_text";
  private static final int TITLE_CHARS = 24;
  private static final int HINT_CHARS = 2_000;
  private static final int INPUT_CHARS = Math.min(3_000, ChampionSettings.MAX_CHARS);
  private static final Pattern METADATA =
      Pattern.compile("^(edited|answered)\\|(\\d{1,18})\\|(.+)$");

  /**
   * A submitted modal: {@code edited} or {@code answered}, the question, where to reply, the text.
   */
  record Submitted(String action, long id, String where, String text) {}

  private final Dialogue dialogue;

  ChampionModals(Dialogue dialogue) {
    this.dialogue = dialogue;
  }

  /** The asker's Edit box with their redacted question; the preview comes back to the URL. */
  View edit(long id, String responseUrl, String redacted) {
    return modal(
        "edited|" + id + "|" + responseUrl,
        text("champion_edit_title", id),
        text("champion_edit_label", id),
        text("champion_edit_hint", id),
        text("champion_edit_submit", id),
        Optional.of(redacted));
  }

  /** A champion's Answer box for the question; what happened comes back in the channel. */
  View answer(long id, String channel) {
    return modal(
        "answered|" + id + "|" + channel,
        text("champion_answer_box_title", id),
        text("champion_answer_box_label", id),
        text("champion_answer_how", id),
        text("champion_answer_box_submit", id),
        Optional.empty());
  }

  /** An Edit or Answer box sent: only the redaction of its text is recorded. */
  static Response submitted(
      ViewSubmissionRequest req,
      ViewSubmissionContext ctx,
      PersonalDataGuard guard,
      BiFunction<Request<?>, Job, Boolean> take) {
    var user = req.getPayload().getUser();
    Optional<ChampionModals.Submitted> s = ChampionModals.read(req.getPayload().getView());
    if (user != null && s.isPresent()) {
      boolean edited = s.get().action().equals("edited");
      var fields =
          Job.fields(
              "action", s.get().action(),
              "value", Long.toString(s.get().id()),
              "user", user.getId(),
              "name", user.getUsername(),
              "channel", edited ? null : s.get().where(),
              "responseUrl", edited ? s.get().where() : null,
              "chars", Integer.toString(s.get().text().length()));
      take.apply(req, Job.withText(Job.Kind.CHAMPION_BUTTON, fields, s.get().text(), guard));
    }
    return ctx.ack();
  }

  /** What a submitted champion modal holds, if it is one. */
  static Optional<Submitted> read(View view) {
    Matcher m = METADATA.matcher(view == null ? "" : String.valueOf(view.getPrivateMetadata()));
    if (!m.matches()) {
      return Optional.empty();
    }
    ViewState state = view.getState();
    Map<String, ViewState.Value> block =
        state == null || state.getValues() == null ? null : state.getValues().get(BLOCK);
    ViewState.Value value = block == null ? null : block.get(INPUT);
    String text = value == null || value.getValue() == null ? "" : value.getValue();
    return Optional.of(new Submitted(m.group(1), Long.parseLong(m.group(2)), m.group(3), text));
  }

  private View modal(
      String metadata,
      String title,
      String label,
      String hint,
      String submit,
      Optional<String> initial) {
    PlainTextInputElement.PlainTextInputElementBuilder box =
        PlainTextInputElement.builder().actionId(INPUT).multiline(true).maxLength(INPUT_CHARS);
    initial.ifPresent(t -> box.initialValue(Mrkdwn.plain(t, INPUT_CHARS)));
    InputBlock input =
        InputBlock.builder()
            .blockId(BLOCK)
            .label(plainText(Mrkdwn.plain(label, HINT_CHARS)))
            .hint(plainText(Mrkdwn.plain(hint, HINT_CHARS)))
            .element(box.build())
            .build();
    return View.builder()
        .type("modal")
        .callbackId(VIEW)
        .privateMetadata(Mrkdwn.plain(metadata, 3_000))
        .title(
            ViewTitle.builder().type("plain_text").text(Mrkdwn.plain(title, TITLE_CHARS)).build())
        .submit(
            ViewSubmit.builder().type("plain_text").text(Mrkdwn.plain(submit, TITLE_CHARS)).build())
        .close(
            ViewClose.builder()
                .type("plain_text")
                .text(Mrkdwn.plain(dialogue.text("champion_cancel"), TITLE_CHARS))
                .build())
        .blocks(List.of(input))
        .build();
  }

  private String text(String key, long id) {
    return dialogue.text(key).replace("{id}", Long.toString(id));
  }
}
