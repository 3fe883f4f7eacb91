package org.dpcoach.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.practice.Caller;
import org.dpcoach.core.practice.ChannelResolver;
import org.dpcoach.core.practice.PracticeCommand;
import org.dpcoach.core.practice.PracticeDesk;
import org.dpcoach.core.practice.Surface;

/**
 * The Teams side of tips and group supervision: turns {@code tips ...}, {@code supervision ...},
 * {@code nation ...} and {@code insights} typed to the bot, the Next, Skip and "Save CPD
 * reflection" buttons, and members' replies in a session's channel thread into calls on the core's
 * {@link PracticeDesk}, and renders what comes back. Every answer goes only to the person: in a
 * personal chat, opened for them when they asked in a channel or group chat.
 */
final class Practice {
  private static final Pattern CHANNEL_ID =
      Pattern.compile("^#?(" + MentionText.CHANNEL.pattern() + ")$");

  /** Channels as commands name them: a channel mention (made {@code #<id>}) or a typed id. */
  static final ChannelResolver CHANNELS =
      typed -> {
        Matcher m = CHANNEL_ID.matcher(typed.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
      };

  /** How Teams' people reach the coach, for the words that show a command. */
  static final Surface SURFACE =
      new Surface("@dpcoach ", "a personal chat", "mention me there", CHANNELS);

  private final PracticeDesk desk;
  private final AdaptiveCardRenderer cards;
  private final Replies replies;

  Practice(PracticeDesk desk, AdaptiveCardRenderer cards, Replies replies) {
    this.desk = desk;
    this.cards = cards;
    this.replies = replies;
  }

  /** Runs a command and answers the person privately. */
  void command(TurnContext context, PracticeCommand command) {
    Activity activity = context.getActivity();
    boolean personal = !Replies.shared(activity.getConversation());
    answer(context, desk.run(caller(activity), command, personal, requestId(activity)).message());
  }

  /**
   * A Next, Skip or CPD button; refusals and the CPD record go only to the person who pressed it.
   */
  void button(TurnContext context, PracticeSubmit submit) {
    desk.press(caller(context.getActivity()), submit.action(), Long.toString(submit.session()))
        .ifPresent(pressed -> answer(context, pressed.message()));
  }

  /**
   * A message in a channel thread: offered to the supervision desk, which keeps it (redacted) when
   * a session runs in that thread. Nothing is answered.
   */
  void threadReply(Activity activity, String text) {
    thread(activity).ifPresent(root -> desk.threadReply(caller(activity), root, text));
  }

  private void answer(TurnContext context, Message message) {
    Card card = cards.render(message, "");
    if (!Replies.shared(context.getActivity().getConversation())) {
      replies.card(context, card);
    } else if (!replies.privately(context, card)) {
      replies.text(context, desk.noPersonalChat());
    }
  }

  /** The root message id of a channel thread the activity is in, if any. */
  static Optional<String> thread(Activity activity) {
    String id = activity.getConversation() == null ? null : activity.getConversation().getId();
    if (id == null || !"channel".equals(activity.getConversation().getConversationType())) {
      return Optional.empty();
    }
    int at = id.indexOf(TeamsChannelPoster.THREAD);
    return at < 0
        ? Optional.empty()
        : Optional.of(id.substring(at + TeamsChannelPoster.THREAD.length()))
            .filter(s -> !s.isBlank());
  }

  /** Who acted: the Entra ID object id (champions are configured by it), in the base channel. */
  static Caller caller(Activity activity) {
    String user =
        activity.getFrom().getAadObjectId() != null
            ? activity.getFrom().getAadObjectId()
            : activity.getFrom().getId();
    return new Caller(
        TeamsChannelPoster.PLATFORM,
        user,
        CoachBot.baseConversationId(activity.getConversation().getId()));
  }

  /** Keys {@code tips now}: the activity's id, the same in the Bot Connector's redeliveries. */
  private static String requestId(Activity activity) {
    return activity.getId() == null ? Long.toString(System.nanoTime()) : activity.getId();
  }
}
