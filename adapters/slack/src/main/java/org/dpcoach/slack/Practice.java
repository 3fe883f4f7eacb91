package org.dpcoach.slack;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpcoach.core.practice.Caller;
import org.dpcoach.core.practice.ChannelResolver;
import org.dpcoach.core.practice.DeskReply;
import org.dpcoach.core.practice.PracticeDesks;
import org.dpcoach.core.practice.PracticeMessage;

/**
 * The Slack side of tips and group supervision: {@code /dpcoach tips ...}, {@code /dpcoach
 * supervision ...} and {@code /dpcoach nation ...}, the Next, Skip and "Save CPD reflection"
 * buttons, and members' replies in a session's thread. Every reply to a person goes only to them.
 */
final class Practice {
  static final String OFF =
      "Tips and group supervision are not switched on here: the coach has no database. Ask whoever runs the coach.";
  private static final Pattern CHANNEL_REF = Pattern.compile("<#([CGD][A-Z0-9]+)(\\|[^>]*)?>");
  private static final Pattern CHANNEL_ID = Pattern.compile("^#?([CG][A-Z0-9]{2,})$");
  static final ChannelResolver CHANNELS =
      typed -> {
        Matcher m = CHANNEL_ID.matcher(typed.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
      };

  private final Optional<PracticeDesks> desks;
  private final PracticeRenderer renderer;
  private final SlackPoster poster;

  Practice(Optional<PracticeDesks> desks, PracticeRenderer renderer, SlackPoster poster) {
    this.desks = desks;
    this.renderer = renderer;
    this.poster = poster;
  }

  /** {@code /dpcoach tips ...}: the raw command text after {@code tips}. */
  void tips(String user, String channel, String rawArgs, String requestId, Destination to) {
    answer(
        to,
        desks.map(d -> d.tips().handle(caller(user, channel), args(rawArgs), CHANNELS, requestId)));
  }

  /** {@code /dpcoach supervision ...}: start, schedule, pause, resume, list. */
  void supervision(String user, String channel, String rawArgs, Destination to) {
    answer(
        to, desks.map(d -> d.supervision().handle(caller(user, channel), args(rawArgs), CHANNELS)));
  }

  /** {@code /dpcoach insights}: a champion's private link to the insights page, or a refusal. */
  void insights(String user, String channel, Destination to) {
    answer(to, desks.map(d -> d.insights().handle(caller(user, channel))));
  }

  /** {@code /dpcoach nation [england|scotland|wales|northern-ireland]}: the channel's nation. */
  void nation(String user, String channel, String rawArgs, Destination to) {
    answer(to, desks.map(d -> d.nations().handle(caller(user, channel), args(rawArgs))));
  }

  /**
   * A Next, Skip or CPD button; refusals and the CPD record go only to the person who pressed it.
   */
  void button(String action, String value, String user, String channel, Optional<String> thread) {
    long session;
    try {
      session = Long.parseLong(value);
    } catch (NumberFormatException e) {
      return;
    }
    Destination privately = new Destination.Ephemeral(channel, user, thread);
    Caller caller = caller(user, channel);
    Optional<DeskReply> reply =
        desks.map(
            d ->
                switch (action) {
                  case "next" -> d.supervision().next(caller, session);
                  case "skip" -> d.supervision().skip(caller, session);
                  default -> d.supervision().cpd(caller, session);
                });
    if (action.equals("cpd") && reply.isPresent()) {
      cpd(user, privately, reply.get());
    } else if (reply.isEmpty() || !reply.get().changed()) {
      answer(privately, reply);
    }
  }

  /**
   * The CPD record goes to the member's direct message with the coach, where it stays to copy
   * later; only when that fails does it come as an ephemeral message, which Slack drops on reload.
   */
  private void cpd(String user, Destination privately, DeskReply record) {
    boolean kept =
        poster.send(
            new Destination.Channel(user, Optional.empty()), renderer.render(record.message(), ""));
    if (kept) {
      answer(
          privately,
          Optional.of(
              new DeskReply(
                  PracticeMessage.note(
                      "CPD record sent",
                      "Your draft CPD record is in your direct messages with me."),
                  false)));
    } else {
      answer(privately, Optional.of(record));
    }
  }

  /** A message in a channel thread: kept (redacted) when a session runs in that thread. */
  void threadReply(String user, String channel, String thread, String text) {
    desks.ifPresent(d -> d.supervision().reply(caller(user, channel), thread, text));
  }

  private void answer(Destination to, Optional<DeskReply> reply) {
    PracticeMessage message =
        reply.map(DeskReply::message).orElse(PracticeMessage.note("Not switched on", OFF));
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
