package org.dpcoach.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.Message;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.support.RequestKeys;

/**
 * The slash command, the buttons and the feedback modal: each request is recorded in the inbox
 * under the hash of its signed timestamp and body before it is acknowledged, then answered by the
 * workers.
 */
final class InteractionListeners {
  static final String COMMAND = "/dpcoach";

  private final SlackWork work;
  private final PersonalDataGuard guard;

  InteractionListeners(SlackWork work, PersonalDataGuard guard) {
    this.work = work;
    this.guard = guard;
  }

  void register(App app) {
    app.command(COMMAND, this::command);
    app.blockAction(ActionIds.TOPIC_BUTTON, this::topicButton);
    app.blockAction(ActionIds.FULL_BUTTON, this::fullGuidanceButton);
    app.blockAction(ActionIds.FEEDBACK_BUTTON, this::feedbackButton);
    app.viewSubmission(ActionIds.FEEDBACK_VIEW, this::feedbackSubmitted);
    app.blockAction(ActionIds.PRACTICE_BUTTON, this::practiceButton);
    app.blockAction(ActionIds.OPEN, (req, ctx) -> ctx.ack());
  }

  private Response command(SlashCommandRequest req, SlashCommandContext ctx) {
    SlashCommandPayload p = req.getPayload();
    Job job = SlashCommand.job(p, ctx.getBotUserId(), guard);
    SlackWork.Taken taken = work.take(key("slack:command", req), p.getUserId(), job);
    return taken == SlackWork.Taken.FULL ? ctx.ack(work.words("busy")) : ctx.ack();
  }

  private Response topicButton(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    Optional<String> topic = firstValue(p);
    topic.ifPresent(t -> answerWhereAsked(req, p, Job.Kind.CHOOSE, "topic", t));
    return ctx.ack();
  }

  /** Posts the full guidance just under the short answer (its thread, the DM, or privately). */
  private Response fullGuidanceButton(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    Optional<String> value = firstValue(p).filter(v -> GuidanceKey.read(v).isPresent());
    value.ifPresent(v -> answerWhereAsked(req, p, Job.Kind.FULL_GUIDANCE, "key", v));
    return ctx.ack();
  }

  /** Takes a button's job, answered where the clicked message was asked, with one extra field. */
  private void answerWhereAsked(
      BlockActionRequest req, BlockActionPayload p, Job.Kind kind, String name, String value) {
    Asked a = askedFrom(p);
    Job job =
        Job.of(
            kind,
            Job.fields(
                "channel",
                a.channel(),
                "user",
                a.user(),
                "thread",
                a.threadTs().orElse(null),
                "direct",
                Boolean.toString(a.direct()),
                "responseUrl",
                a.responseUrl().orElse(null),
                "team",
                a.workspace(),
                name,
                value));
    work.take(key("slack:action", req), a.user(), job);
  }

  private Response feedbackButton(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    List<BlockActionPayload.Action> actions = p.getActions();
    if (actions == null || actions.isEmpty()) {
      return ctx.ack();
    }
    String[] answer = FeedbackModal.answerKey(actions.get(0).getValue());
    String user = p.getUser() == null ? null : p.getUser().getId();
    if (ActionIds.HELPFUL.equals(actions.get(0).getActionId())) {
      Asked a = askedFrom(p);
      Map<String, String> fields = verdict(answer, user, a.workspace(), a.direct());
      Job job =
          Job.of(Job.Kind.HELPFUL, SlashCommand.with(fields, "responseUrl", p.getResponseUrl()));
      work.take(key("slack:action", req), user, job);
    } else if (p.getTriggerId() != null) {
      Job job =
          Job.of(
              Job.Kind.OPEN_FEEDBACK,
              Job.fields("trigger", p.getTriggerId(), "value", actions.get(0).getValue()));
      work.take(key("slack:action", req), user, job);
    }
    return ctx.ack();
  }

  private Response feedbackSubmitted(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    var view = req.getPayload().getView();
    String[] answer = FeedbackModal.answerKey(view.getPrivateMetadata());
    Optional<String> missing = FeedbackModal.missing(view.getState());
    String user = req.getPayload().getUser() == null ? null : req.getPayload().getUser().getId();
    String team = req.getPayload().getTeam() == null ? null : req.getPayload().getTeam().getId();
    // the modal does not say where the answer was; a DM is the likelier place
    Map<String, String> fields = verdict(answer, user, team, true);
    // what was missing is recorded in the inbox redacted, like every typed text
    Job job =
        missing
            .map(typed -> Job.withText(Job.Kind.UNHELPFUL, fields, typed, guard))
            .orElseGet(() -> Job.of(Job.Kind.UNHELPFUL, fields));
    work.take(key("slack:action", req), user, job);
    return ctx.ack();
  }

  /** A verdict's fields: the answer's topic, knowledge version and case, and who gave it where. */
  private static Map<String, String> verdict(
      String[] answer, String user, String team, boolean direct) {
    return Job.fields(
        "topic",
        answer[0],
        "version",
        answer[1],
        "case",
        answer[2].isEmpty() ? null : answer[2],
        "user",
        user,
        "team",
        team,
        "direct",
        Boolean.toString(direct));
  }

  private Response practiceButton(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    List<BlockActionPayload.Action> actions = p.getActions();
    if (actions == null || actions.isEmpty() || p.getChannel() == null) {
      return ctx.ack();
    }
    java.util.regex.Matcher m = ActionIds.PRACTICE_BUTTON.matcher(actions.get(0).getActionId());
    if (m.matches()) {
      Message message = p.getMessage();
      String thread =
          message == null
              ? null
              : message.getThreadTs() != null ? message.getThreadTs() : message.getTs();
      Job job =
          Job.of(
              Job.Kind.PRACTICE_BUTTON,
              Job.fields(
                  "action", m.group(1),
                  "value", actions.get(0).getValue(),
                  "user", p.getUser().getId(),
                  "channel", p.getChannel().getId(),
                  "thread", thread));
      work.take(key("slack:action", req), p.getUser().getId(), job);
    }
    return ctx.ack();
  }

  /**
   * A signed request's identity: the hash of its signed timestamp and body, so that the same
   * command or click delivered again (to any instance) is answered once.
   */
  static String key(String prefix, Request<?> req) {
    String timestamp =
        Optional.ofNullable(req.getHeaders())
            .map(h -> h.getFirstValue("X-Slack-Request-Timestamp"))
            .orElse("");
    String body = req.getRequestBodyAsString();
    if (body == null || body.isEmpty()) {
      return RequestKeys.of(prefix, java.util.UUID.randomUUID().toString());
    }
    return RequestKeys.hashed(prefix, timestamp, body);
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
