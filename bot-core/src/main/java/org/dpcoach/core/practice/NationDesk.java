package org.dpcoach.core.practice;

import java.util.Locale;
import org.dpcoach.core.model.Message;
import org.dpcoach.knowledge.Dialogue;
import org.dpcoach.knowledge.Jurisdiction;

/**
 * The {@code nation} command in a channel: {@code nation} says which nation the channel's tips,
 * debrief sources and CPD records follow; {@code nation scotland} (champions only) sets it.
 */
public final class NationDesk {
  private final PracticeSettings settings;
  private final NationSetting nations;
  private final Texts texts;

  /** A desk over the channels' nation setting, in the knowledge's words. */
  public NationDesk(PracticeSettings settings, NationSetting nations, Dialogue dialogue) {
    this.settings = settings;
    this.nations = nations;
    this.texts = new Texts(dialogue);
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
      return texts.unchanged(
          "nation.which_title", texts.get("nation.unknown", "usage", texts.get("nation.usage")));
    }
    if (!settings.champions().includes(caller.user())) {
      return texts.refused();
    }
    nations
        .store()
        .save(
            caller.platform(), caller.channel(), nation, caller.user(), settings.clock().instant());
    return new DeskReply(
        Message.note(
            texts.get("nation.follows_title", "nation", nation.displayName()),
            texts.get("nation.set", "nation", nation.displayName())),
        true);
  }

  private DeskReply show(Caller caller) {
    Jurisdiction nation = nations.of(caller.platform(), caller.channel());
    boolean own = nations.setFor(caller.platform(), caller.channel());
    return new DeskReply(
        Message.note(
            texts.get("nation.follows_title", "nation", nation.displayName()),
            texts.get(
                "nation.shown",
                "nation",
                nation.displayName(),
                "how",
                texts.get(own ? "nation.set_here" : "nation.coach_setting"),
                "usage",
                texts.get("nation.usage"))),
        false);
  }
}
