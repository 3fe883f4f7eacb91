package org.dpcoach.core.practice;

import java.util.Locale;
import org.dpcoach.knowledge.Jurisdiction;

/**
 * The {@code nation} command in a channel: {@code nation} says which nation the channel's tips,
 * debrief sources and CPD records follow; {@code nation scotland} (champions only) sets it.
 */
public final class NationDesk {
  static final String USAGE =
      "`nation` shows this channel's nation; `nation england`, `nation scotland`, `nation wales` or"
          + " `nation northern-ireland` sets it";

  private final PracticeSettings settings;
  private final NationSetting nations;

  /** A desk over the channels' nation setting. */
  public NationDesk(PracticeSettings settings, NationSetting nations) {
    this.settings = settings;
    this.nations = nations;
  }

  /** Runs one command (the text after {@code nation}). */
  public DeskReply handle(Caller caller, String args) {
    String wanted = args == null ? "" : args.strip().toLowerCase(Locale.ROOT);
    if (wanted.isEmpty() || wanted.equals("list") || wanted.equals("help")) {
      return show(caller);
    }
    Jurisdiction nation;
    try {
      nation = Jurisdiction.parse(wanted);
    } catch (IllegalArgumentException e) {
      return DeskReply.unchanged("Which nation?", "I don't know that nation. " + USAGE + ".");
    }
    if (!settings.champions().includes(caller.user())) {
      return DeskReply.unchanged("Only champions can do that", TipDesk.REFUSAL);
    }
    nations
        .store()
        .save(
            caller.platform(), caller.channel(), nation, caller.user(), settings.clock().instant());
    return DeskReply.done(
        "This channel follows " + nation.displayName(),
        "Tips here are now the ones that suit "
            + nation.displayName()
            + ", and group-supervision debriefs and CPD records cite "
            + nation.displayName()
            + "'s sources.");
  }

  private DeskReply show(Caller caller) {
    Jurisdiction nation = nations.of(caller.platform(), caller.channel());
    String how =
        nations.setFor(caller.platform(), caller.channel())
            ? "A champion set it for this channel."
            : "That is the coach's own setting; this channel has none of its own.";
    return DeskReply.unchanged(
        "This channel follows " + nation.displayName(),
        "Its tips, debrief sources and CPD records follow "
            + nation.displayName()
            + ". "
            + how
            + " "
            + USAGE
            + " (champions only).");
  }
}
