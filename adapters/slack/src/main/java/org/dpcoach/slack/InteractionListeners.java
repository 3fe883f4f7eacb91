package org.dpcoach.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.Message;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.model.Feedback;
import org.dpcoach.core.model.Origin;
import org.dpcoach.core.port.FeedbackSink;

/** The slash command, the buttons and the feedback modal; each acknowledges at once. */
final class InteractionListeners {
  static final String COMMAND = "/dpcoach";
  static final String THANKS = "Thanks for the feedback.";
  static final String BUSY = "I'm busy right now. Please try again in a minute.";

  private final Coaching coaching;
  private final SlackPoster poster;
  private final FeedbackSink sink;
  private final PersonalDataGuard guard;
  private final Practice practice;

  InteractionListeners(
      Coaching coaching,
      SlackPoster poster,
      FeedbackSink sink,
      PersonalDataGuard guard,
      Practice practice) {
    this.coaching = coaching;
    this.poster = poster;
    this.sink = sink;
    this.guard = guard;
    this.practice = practice;
  }

  void register(App app) {
    app.command(COMMAND, this::command);
    app.blockAction(ActionIds.TOPIC_BUTTON, this::topicButton);
    app.blockAction(ActionIds.FULL_BUTTON, this::fullGuidanceButton);
    app.blockAction(ActionIds.FEEDBACK_BUTTON, this::feedbackButton);
    app.viewSubmission(ActionIds.FEEDBACK_VIEW, this::feedbackSubmitted);
    app.blockAction(PracticeRenderer.PRACTICE_BUTTON, this::practiceButton);
    app.blockAction(PracticeRenderer.OPEN_BUTTON, (req, ctx) -> ctx.ack());
  }

  private Response command(SlashCommandRequest req, SlashCommandContext ctx) {
    SlashCommandPayload p = req.getPayload();
    String text = p.getText() == null ? "" : Mrkdwn.typed(p.getText(), ctx.getBotUserId());
    String[] words = text.split("\\s+", 2);
    String verb = words[0].toLowerCase(Locale.ROOT);
    Asked asked =
        new Asked(
            p.getChannelId(),
            p.getUserId(),
            Optional.empty(),
            false,
            Optional.ofNullable(p.getResponseUrl()),
            p.getTeamId() == null ? "" : p.getTeamId());
    Destination to = new Destination.ResponseUrl(p.getResponseUrl());
    String raw = p.getText() == null ? "" : p.getText().strip();
    String rest = raw.contains(" ") ? raw.substring(raw.indexOf(' ') + 1) : "";
    boolean queued =
        switch (verb) {
          case "", "help" -> coaching.later(() -> poster.send(to, HomeView.help()));
          case "tips" ->
              coaching.later(
                  () -> practice.tips(p.getUserId(), p.getChannelId(), rest, requestId(p), to));
          case "supervision" ->
              coaching.later(() -> practice.supervision(p.getUserId(), p.getChannelId(), rest, to));
          case "insights" ->
              coaching.later(() -> practice.insights(p.getUserId(), p.getChannelId(), to));
          case "nation" ->
              coaching.later(() -> practice.nation(p.getUserId(), p.getChannelId(), rest, to));
          case "topics" -> coaching.ask(asked, "topics");
          case "ask" -> coaching.ask(asked, words.length > 1 ? words[1] : "");
          default -> coaching.ask(asked, text);
        };
    return queued ? ctx.ack() : ctx.ack(BUSY);
  }

  private Response topicButton(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    firstValue(p).ifPresent(topic -> coaching.choose(askedFrom(p), topic));
    return ctx.ack();
  }

  /** Posts the full guidance just under the short answer (its thread, the DM, or privately). */
  private Response fullGuidanceButton(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    firstValue(p)
        .flatMap(GuidanceKey::read)
        .ifPresent(key -> coaching.fullGuidance(askedFrom(p), key));
    return ctx.ack();
  }

  private Response feedbackButton(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    List<BlockActionPayload.Action> actions = p.getActions();
    if (actions == null || actions.isEmpty()) {
      return ctx.ack();
    }
    String[] key = FeedbackModal.answerKey(actions.get(0).getValue());
    if (ActionIds.HELPFUL.equals(actions.get(0).getActionId())) {
      Asked asked = askedFrom(p);
      coaching.later(
          () -> {
            sink.record(
                new Feedback(key[0], key[1], true, Optional.empty())
                    .onCase(key[2])
                    .from(asked.user(), asked.origin()));
            if (p.getResponseUrl() != null) {
              poster.send(new Destination.ResponseUrl(p.getResponseUrl()), HomeView.note(THANKS));
            }
          });
    } else if (p.getTriggerId() != null) {
      coaching.later(
          () -> poster.openView(p.getTriggerId(), FeedbackModal.view(actions.get(0).getValue())));
    }
    return ctx.ack();
  }

  private Response feedbackSubmitted(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    var view = req.getPayload().getView();
    String[] key = FeedbackModal.answerKey(view.getPrivateMetadata());
    Optional<String> missing =
        FeedbackModal.missing(view.getState()).map(t -> guard.redact(t).redacted());
    String user = req.getPayload().getUser() == null ? "" : req.getPayload().getUser().getId();
    String team = req.getPayload().getTeam() == null ? "" : req.getPayload().getTeam().getId();
    // the modal does not say where the answer was; a DM is the likelier place
    Origin origin = new Origin("slack", team == null ? "" : team, "dm");
    coaching.later(
        () ->
            sink.record(
                new Feedback(key[0], key[1], false, missing)
                    .onCase(key[2])
                    .from(user == null ? "" : user, origin)));
    return ctx.ack();
  }

  private Response practiceButton(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    List<BlockActionPayload.Action> actions = p.getActions();
    if (actions == null || actions.isEmpty() || p.getChannel() == null) {
      return ctx.ack();
    }
    java.util.regex.Matcher m =
        PracticeRenderer.PRACTICE_BUTTON.matcher(actions.get(0).getActionId());
    if (m.matches()) {
      Message message = p.getMessage();
      Optional<String> thread =
          Optional.ofNullable(
              message == null
                  ? null
                  : message.getThreadTs() != null ? message.getThreadTs() : message.getTs());
      String value = actions.get(0).getValue();
      coaching.later(
          () ->
              practice.button(
                  m.group(1), value, p.getUser().getId(), p.getChannel().getId(), thread));
    }
    return ctx.ack();
  }

  /** A key for one slash command invocation, so a repeated delivery posts one tip. */
  private static String requestId(SlashCommandPayload p) {
    String seed = p.getTriggerId() + "|" + p.getResponseUrl();
    return Integer.toHexString(seed.hashCode())
        + Integer.toHexString(new StringBuilder(seed).reverse().toString().hashCode());
  }

  /**
   * Where a button's answer goes: the clicked message's thread, or privately when it was private.
   */
  static Asked askedFrom(BlockActionPayload p) {
    String user = p.getUser().getId();
    boolean ephemeral = p.getContainer() != null && p.getContainer().isEphemeral();
    Optional<String> responseUrl =
        ephemeral ? Optional.ofNullable(p.getResponseUrl()) : Optional.empty();
    if (p.getChannel() == null) {
      return new Asked(user, user, Optional.empty(), true, responseUrl, team(p));
    }
    String channel = p.getChannel().getId();
    boolean direct = channel.startsWith("D");
    Message m = p.getMessage();
    Optional<String> thread = Optional.ofNullable(m == null ? null : m.getThreadTs());
    if (thread.isEmpty() && !direct && m != null) {
      thread = Optional.ofNullable(m.getTs());
    }
    return new Asked(channel, user, thread, direct, responseUrl, team(p));
  }

  private static String team(BlockActionPayload p) {
    return p.getTeam() == null || p.getTeam().getId() == null ? "" : p.getTeam().getId();
  }

  private static Optional<String> firstValue(BlockActionPayload p) {
    return p.getActions() == null || p.getActions().isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(p.getActions().get(0).getValue());
  }
}
