package org.dpcoach.teams;

import com.microsoft.bot.builder.BotAdapter;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.dpcoach.core.Answers;
import org.dpcoach.core.FeedbackDesk;
import org.dpcoach.core.model.Feedback;
import org.dpcoach.core.model.Origin;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.Turn;
import org.dpcoach.core.port.ConversationAddress;
import org.dpcoach.core.port.ConversationDirectory;
import org.dpcoach.core.practice.PracticeCommand;
import org.dpcoach.support.Json;

/**
 * The Teams activity handler: questions in personal chats and by @mention (other channel and group
 * chat messages are only offered to a running supervision session), tips and supervision commands,
 * card button submits, the welcome card when the bot is added, and conversation references kept for
 * proactive messages (from authenticated activities only). Runs on the adapter's worker threads.
 */
final class CoachBot extends TeamsActivityHandler {
  private final Answers answers;
  private final Replies replies;
  private final Card welcome;
  private final ConversationDirectory references;
  private final FeedbackDesk feedback;
  private final Practice practice;
  private final ChampionCards champions;
  private final String thanks;

  CoachBot(
      Answers answers,
      Replies replies,
      Card welcome,
      ConversationDirectory references,
      FeedbackDesk feedback,
      Practice practice,
      ChampionCards champions,
      String thanks) {
    this.answers = answers;
    this.replies = replies;
    this.welcome = welcome;
    this.references = references;
    this.thanks = thanks;
    this.feedback = feedback;
    this.practice = practice;
    this.champions = champions;
  }

  @Override
  protected CompletableFuture<Void> onMessageActivity(TurnContext context) {
    return guarded(() -> message(context));
  }

  private void message(TurnContext context) {
    Activity activity = context.getActivity();
    if (activity.getFrom() == null || activity.getFrom().getId() == null) {
      return;
    }
    remember(context);
    String typed = MentionText.typed(activity);
    Optional<PracticeSubmit> button = PracticeSubmit.read(activity.getValue());
    Optional<SubmitData> submit = SubmitData.read(activity.getValue());
    if (typed.isEmpty() && champions.submitted(context)) {
      return;
    }
    if (typed.isEmpty() && button.isPresent()) {
      practice.button(context, button.get());
      return;
    }
    if (typed.isEmpty() && submit.isPresent()) {
      submitted(context, submit.get());
      return;
    }
    // with resource-specific consent every channel message arrives: answer only when mentioned
    boolean asked =
        !Replies.shared(activity.getConversation()) || MentionText.mentionsBot(activity);
    Optional<PracticeCommand> command =
        PracticeCommand.parse(MentionText.withChannelIds(activity)).filter(c -> asked);
    if (command.isPresent() && command.get().forChampions()) {
      // the question as typed (channel mentions as names), not with channel ids
      champions.command(context, PracticeCommand.parse(typed).orElse(command.get()));
      return;
    }
    if (command.isPresent()) {
      practice.command(context, command.get());
      return;
    }
    if (champions.threadReply(context, typed)) {
      return;
    }
    practice.threadReply(activity, typed);
    if (asked && (!typed.isEmpty() || activity.getValue() == null)) {
      Reply reply = answers.handle(turn(activity, typed));
      replies.answer(context, reply);
      champions.offerAfter(context, reply.route(), typed);
    }
  }

  private void submitted(TurnContext context, SubmitData submit) {
    switch (submit.verb()) {
      case SubmitData.CHOOSE, SubmitData.RELATED ->
          replies.answer(context, answers.choose(turn(context.getActivity(), ""), submit.topic()));
      case SubmitData.HELPFUL -> {
        feedback.record(
            new Feedback(submit.topic(), submit.version(), true, Optional.empty())
                .onCase(submit.caseId())
                .from(userOf(context.getActivity()), origin(context.getActivity())));
        replies.text(context, thanks);
      }
      default -> {
        feedback.record(
            new Feedback(submit.topic(), submit.version(), false, submit.missing())
                .onCase(submit.caseId())
                .from(userOf(context.getActivity()), origin(context.getActivity())));
        replies.text(context, thanks);
        champions.offer(context, submit.missing().orElse(""));
      }
    }
  }

  /** Only conversationUpdate with the bot among the members added or removed matters here. */
  @Override
  protected CompletableFuture<Void> onConversationUpdateActivity(TurnContext context) {
    return guarded(
        () -> {
          Activity activity = context.getActivity();
          if (includesBot(activity.getMembersAdded(), activity)) {
            remember(context);
            replies.card(context, welcome);
          } else if (includesBot(activity.getMembersRemoved(), activity)) {
            references.forget(baseConversationId(activity.getConversation().getId()));
          }
        });
  }

  @Override
  protected CompletableFuture<Void> onInstallationUpdateAdd(TurnContext context) {
    return guarded(() -> remember(context));
  }

  @Override
  protected CompletableFuture<Void> onInstallationUpdateRemove(TurnContext context) {
    return guarded(
        () ->
            references.forget(baseConversationId(context.getActivity().getConversation().getId())));
  }

  /**
   * Keeps the conversation's reference, but only when the activity came with a validated channel
   * token.
   */
  private void remember(TurnContext context) {
    ClaimsIdentity identity = context.getTurnState().get(BotAdapter.BOT_IDENTITY_KEY);
    if (identity == null || !TokenShape.CHANNEL_ISSUER.equals(identity.getIssuer())) {
      return;
    }
    Activity a = context.getActivity();
    ConversationAccount c = a.getConversation();
    if (a.getRecipient() == null || a.getRecipient().getId() == null) {
      return;
    }
    Optional<String> type = Optional.ofNullable(c.getConversationType());
    Optional<String> user =
        type.filter("personal"::equals)
            .flatMap(t -> Optional.ofNullable(a.getFrom()))
            .map(ChannelAccount::getId);
    String base = baseConversationId(c.getId());
    // message activities may lack the team's group id that the install event carried: keep it
    Optional<String> team =
        teamOf(a).or(() -> references.find(base).flatMap(ConversationAddress::teamId));
    references.remember(
        new ConversationAddress(
            base,
            a.getServiceUrl(),
            Admission.tenantOf(a),
            type,
            a.getRecipient().getId(),
            user,
            team));
  }

  /** The team's Microsoft 365 group id from the Teams channel data, for a team channel. */
  static Optional<String> teamOf(Activity activity) {
    Object data = activity.getChannelData();
    if (data == null) {
      return Optional.empty();
    }
    return Optional.of(Json.MAPPER.valueToTree(data).path("team").path("aadGroupId").asText(""))
        .filter(id -> !id.isBlank());
  }

  /**
   * A channel thread's conversation id without its {@code ;messageid=} suffix: the channel itself.
   */
  static String baseConversationId(String id) {
    int cut = id.indexOf(";messageid=");
    return cut < 0 ? id : id.substring(0, cut);
  }

  private static boolean includesBot(List<ChannelAccount> members, Activity activity) {
    String bot = activity.getRecipient() == null ? null : activity.getRecipient().getId();
    return members != null
        && bot != null
        && members.stream().anyMatch(m -> m != null && bot.equals(m.getId()));
  }

  private static Turn turn(Activity activity, String text) {
    return new Turn(userOf(activity), activity.getConversation().getId(), text, origin(activity));
  }

  private static String userOf(Activity activity) {
    return activity.getFrom().getAadObjectId() != null
        ? activity.getFrom().getAadObjectId()
        : activity.getFrom().getId();
  }

  /** Where a turn came from, for insights: Teams, the tenant, and a personal chat or not. */
  static Origin origin(Activity activity) {
    return new Origin(
        "teams",
        Admission.tenantOf(activity).orElse(""),
        Replies.shared(activity.getConversation()) ? "channel" : "dm");
  }

  /**
   * Runs a handler; a failure becomes a failed future, so the adapter's one turn error handler gets
   * it.
   */
  private static CompletableFuture<Void> guarded(Runnable work) {
    try {
      work.run();
      return CompletableFuture.completedFuture(null);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
