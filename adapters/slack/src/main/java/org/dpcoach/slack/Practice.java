package org.dpcoach.slack;

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
 * The Slack side of tips and group supervision: turns {@code /dpcoach tips ...} (and supervision,
 * nation, insights), the Next, Skip and "Save CPD reflection" buttons, and members' replies in a
 * session's thread into calls on the core's {@link PracticeDesk}, and renders what comes back.
 * Every reply to a person goes only to them.
 */
final class Practice {
  private static final Pattern CHANNEL_REF = Pattern.compile("<#([CGD][A-Z0-9]+)(\\|[^>]*)?>");
  private static final Pattern CHANNEL_ID = Pattern.compile("^#?([CG][A-Z0-9]{2,})$");
  static final ChannelResolver CHANNELS =
      typed -> {
        Matcher m = CHANNEL_ID.matcher(typed.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
      };

  /** How Slack's people reach the coach, for the words that show a command. */
  static final Surface SURFACE =
      new Surface(InteractionListeners.COMMAND + " ", "a direct message", "use it there", CHANNELS);

  private final PracticeDesk desk;
  private final BlockKitRenderer renderer;
  private final SlackPoster poster;

  Practice(PracticeDesk desk, BlockKitRenderer renderer, SlackPoster poster) {
    this.desk = desk;
    this.renderer = renderer;
    this.poster = poster;
  }

  /**
   * A command, its arguments as typed; {@code requestId} keys {@code tips now}. A command that acts
   * on a channel is refused in a direct message.
   */
  void command(
      PracticeCommand command, String user, String channel, String requestId, Destination to) {
    PracticeCommand decoded = new PracticeCommand(command.desk(), args(command.args()));
    boolean direct = channel.startsWith("D");
    send(to, desk.run(caller(user, channel), decoded, direct, requestId).message());
  }

  /**
   * A Next, Skip or CPD button (the core's action id); refusals and the CPD record go only to the
   * person who pressed it.
   */
  void button(String action, String value, String user, String channel, Optional<String> thread) {
    Destination privately = new Destination.Ephemeral(channel, user, thread);
    desk.press(caller(user, channel), action, value)
        .ifPresent(
            pressed -> {
              if (pressed.record()) {
                cpd(user, privately, pressed.message());
              } else {
                send(privately, pressed.message());
              }
            });
  }

  /**
   * The CPD record goes to the member's direct message with the coach, where it stays to copy
   * later; only when that fails does it come as an ephemeral message, which Slack drops on reload.
   */
  private void cpd(String user, Destination privately, Message record) {
    boolean kept =
        poster.send(new Destination.Channel(user, Optional.empty()), renderer.render(record, ""));
    send(privately, kept ? desk.recordSent() : record);
  }

  /** A message in a channel thread: kept (redacted) when a session runs in that thread. */
  void threadReply(String user, String channel, String thread, String text) {
    desk.threadReply(caller(user, channel), thread, text);
  }

  private void send(Destination to, Message message) {
    poster.send(to, renderer.render(message, ""));
  }

  /** Slack's channel references become {@code #ID}; then the usual decoding. */
  static String args(String raw) {
    String text = raw == null ? "" : CHANNEL_REF.matcher(raw).replaceAll("#$1");
    return Mrkdwn.typed(text, null);
  }

  private static Caller caller(String user, String channel) {
    return new Caller(SlackChannelPoster.PLATFORM, user, channel);
  }
}
