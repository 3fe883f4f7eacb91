package org.dpcoach.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpcoach.core.practice.Caller;
import org.dpcoach.core.practice.ChannelResolver;
import org.dpcoach.core.practice.DeskReply;
import org.dpcoach.core.practice.PracticeDesks;
import org.dpcoach.core.practice.PracticeMessage;

/**
 * The Teams side of tips and group supervision: {@code tips ...}, {@code supervision ...} and
 * {@code nation ...} typed to the bot, the Next, Skip and "Save CPD reflection" buttons, and
 * members' replies in a session's channel thread. Every answer goes only to the person: in a
 * personal chat, opened for them when they asked in a channel or group chat.
 */
final class Practice {
  static final String OFF =
      "Tips and group supervision are not switched on here: the coach has no database. Ask whoever runs the coach.";
  static final String USE_A_CHANNEL =
      "That works in a team channel, not in a personal chat: mention me there, for example"
          + " \"@dpcoach %s\".";
  static final String NO_PERSONAL_CHAT =
      "I couldn't open a personal chat with you to answer that. Please send it to me in a personal"
          + " chat (you may need to add the dpcoach app for yourself first).";
  private static final Pattern COMMAND =
      Pattern.compile("(?is)^(?:/?dpcoach\\s+)?(tips|supervision|nation|insights)(?:\\s+(.*))?$");
  private static final Pattern CHANNEL_ID =
      Pattern.compile("^#?(" + MentionText.CHANNEL.pattern() + ")$");

  /** Channels as commands name them: a channel mention (made {@code #<id>}) or a typed id. */
  static final ChannelResolver CHANNELS =
      typed -> {
        Matcher m = CHANNEL_ID.matcher(typed.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
      };

  /** A tips or supervision command: which desk, and the text after its name. */
  record Command(String desk, String args) {
    /** The command's first word, lower case. */
    String verb() {
      return args.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    }
  }

  private final Optional<PracticeDesks> desks;
  private final PracticeCards cards;
  private final Replies replies;

  Practice(Optional<PracticeDesks> desks, PracticeCards cards, Replies replies) {
    this.desks = desks;
    this.cards = cards;
    this.replies = replies;
  }

  /** The command in typed text ({@code tips ...}, {@code /dpcoach supervision ...}), if any. */
  static Optional<Command> command(String typed) {
    Matcher m = COMMAND.matcher(typed.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String args = m.group(2) == null ? "" : m.group(2).strip();
    return Optional.of(new Command(m.group(1).toLowerCase(Locale.ROOT), args));
  }

  /** Runs a command and answers the person privately. */
  void command(TurnContext context, Command command) {
    Activity activity = context.getActivity();
    boolean personal = !Replies.shared(activity.getConversation());
    boolean needsChannel =
        !command.desk().equals("insights")
            && (command.desk().equals("tips") && command.verb().equals("now")
                || command.desk().equals("supervision") && command.verb().equals("start")
                || command.verb().equals("schedule") && !command.args().contains("#")
                || command.desk().equals("nation") && !command.verb().isEmpty());
    if (personal && needsChannel && desks.isPresent()) {
      answer(
          context,
          PracticeMessage.note(
              "Use this in a team channel",
              String.format(USE_A_CHANNEL, command.desk() + " " + command.verb())));
      return;
    }
    Caller caller = caller(activity);
    answer(
        context,
        desks.map(
            d ->
                switch (command.desk()) {
                  case "tips" ->
                      d.tips().handle(caller, command.args(), CHANNELS, requestId(activity));
                  case "insights" -> d.insights().handle(caller);
                  case "nation" -> d.nations().handle(caller, command.args());
                  default -> d.supervision().handle(caller, command.args(), CHANNELS);
                }));
  }

  /**
   * A Next, Skip or CPD button; refusals and the CPD record go only to the person who pressed it.
   */
  void button(TurnContext context, PracticeSubmit submit) {
    Caller caller = caller(context.getActivity());
    Optional<DeskReply> reply =
        desks.map(
            d ->
                switch (submit.action()) {
                  case PracticeMessage.Action.NEXT ->
                      d.supervision().next(caller, submit.session());
                  case PracticeMessage.Action.SKIP ->
                      d.supervision().skip(caller, submit.session());
                  default -> d.supervision().cpd(caller, submit.session());
                });
    if (reply.isEmpty() || !reply.get().changed() || submit.cpd()) {
      answer(context, reply);
    }
  }

  /**
   * A message in a channel thread: offered to the supervision desk, which keeps it (redacted) when
   * a session runs in that thread. Nothing is answered.
   */
  void threadReply(Activity activity, String text) {
    Optional<String> root = thread(activity);
    if (root.isEmpty() || text.isBlank()) {
      return;
    }
    desks.ifPresent(d -> d.supervision().reply(caller(activity), root.get(), text));
  }

  private void answer(TurnContext context, Optional<DeskReply> reply) {
    answer(
        context,
        reply.map(DeskReply::message).orElse(PracticeMessage.note("Not switched on", OFF)));
  }

  private void answer(TurnContext context, PracticeMessage message) {
    Card card = cards.render(message, "");
    if (!Replies.shared(context.getActivity().getConversation())) {
      replies.card(context, card);
    } else if (!replies.privately(context, card)) {
      replies.text(context, NO_PERSONAL_CHAT);
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
