package org.dpcoach.core.practice;

import java.util.Objects;
import java.util.Optional;
import org.dpcoach.core.model.Action;
import org.dpcoach.core.model.Message;
import org.dpcoach.knowledge.Dialogue;

/**
 * The practice in-port: tips, supervision, nation, insights and the champions' commands, the Next,
 * Skip and "Save CPD reflection" buttons, and members' replies in a session's thread, decided once
 * for every platform. An adapter turns its platform's events into these calls and renders what
 * comes back, only to the person who acted; without a database every command hears that practice is
 * off.
 */
public final class PracticeDesk {
  private final Optional<PracticeDesks> desks;
  private final Texts texts;
  private final Surface surface;

  /** The desk over the desks (empty: not switched on), in the knowledge's and platform's words. */
  public PracticeDesk(Optional<PracticeDesks> desks, Dialogue dialogue, Surface surface) {
    this.desks = Objects.requireNonNull(desks, "desks must not be null");
    this.texts = new Texts(Objects.requireNonNull(dialogue, "dialogue must not be null"));
    this.surface = Objects.requireNonNull(surface, "surface must not be null");
  }

  /**
   * Runs a command for the caller; {@code personal} says it was typed in a personal chat, where a
   * command that acts on a channel is refused with where to use it. {@code requestId} keys {@code
   * tips now}, the same in a redelivery.
   */
  public DeskReply run(Caller caller, PracticeCommand command, boolean personal, String requestId) {
    if (desks.isEmpty()) {
      return off();
    }
    if (personal && command.needsChannel()) {
      return useAChannel(command);
    }
    PracticeDesks d = desks.get();
    return switch (command.desk()) {
      case TIPS -> d.tips().handle(caller, command.args(), surface, requestId);
      case SUPERVISION -> d.supervision().handle(caller, command.args(), surface.channels());
      case NATION -> d.nations().handle(caller, command.args());
      case INSIGHTS -> d.insights().handle(caller);
      case ASK_CHAMPION, CHAMPIONS ->
          champion(
              new Person(caller, caller.user(), caller.channel()),
              command,
              personal,
              command.args().length());
    };
  }

  /**
   * Runs a command for the champions' desk: {@code ask-champion <question>} (the person's name and
   * where their answer reaches them are in {@code person}; {@code typedChars} is the question's
   * length as typed), {@code ask-champion withdraw <n>} and {@code champions here}. Without a
   * champions' desk it is not switched on.
   */
  public DeskReply champion(
      Person person, PracticeCommand command, boolean personal, int typedChars) {
    Optional<ChampionDesk> champions = desks.flatMap(PracticeDesks::champions);
    if (champions.isEmpty() || !command.forChampions()) {
      return off();
    }
    if (personal && command.needsChannel()) {
      return useAChannel(command);
    }
    ChampionDesk d = champions.get();
    if (command.desk() == PracticeCommand.Desk.CHAMPIONS) {
      return d.setChannel(person);
    }
    return command
        .withdraws()
        .map(id -> d.withdraw(person, id))
        .orElseGet(() -> d.ask(person, command.args(), typedChars));
  }

  /**
   * A button ({@link Action#NEXT}, {@link Action#SKIP} or {@link Action#CPD}) on the session its
   * value numbers: what to show the person who pressed it, if anything. A step that moved on says
   * nothing (the thread shows it); a refusal, and the CPD record, go to them alone.
   */
  public Optional<Pressed> press(Caller caller, String action, String value) {
    Optional<Long> session = number(value);
    if (session.isEmpty()) {
      return Optional.empty();
    }
    if (desks.isEmpty()) {
      return Optional.of(new Pressed(off().message(), false));
    }
    SupervisionDesk supervision = desks.get().supervision();
    long id = session.get();
    DeskReply reply =
        switch (action) {
          case Action.NEXT -> supervision.next(caller, id);
          case Action.SKIP -> supervision.skip(caller, id);
          case Action.CPD -> supervision.cpd(caller, id);
          default -> null;
        };
    if (reply == null) {
      return Optional.empty();
    }
    boolean record = action.equals(Action.CPD);
    return record || !reply.changed()
        ? Optional.of(new Pressed(reply.message(), record))
        : Optional.empty();
  }

  /**
   * A message in a channel thread, offered to the supervision desk, which keeps it (redacted) when
   * a session runs in that thread. Nothing is answered.
   */
  public void threadReply(Caller caller, String thread, String text) {
    if (thread == null || thread.isBlank() || text == null || text.isBlank()) {
      return;
    }
    desks.ifPresent(d -> d.supervision().reply(caller, thread, text));
  }

  /** Whether the person's platform has a champions' desk at all (asking needs somewhere to go). */
  public boolean championsOn() {
    return desks.flatMap(PracticeDesks::champions).isPresent();
  }

  /** What a practice command or button hears when practice is not switched on. */
  public Message notSwitchedOn() {
    return off().message();
  }

  /** The note that the CPD record went to the person's direct messages with the coach. */
  public Message recordSent() {
    return Message.note(texts.get("practice.cpd_sent_title"), texts.get("practice.cpd_sent"));
  }

  /** What to say, in the channel, when no personal chat could be opened for the answer. */
  public String noPersonalChat() {
    return texts.get("practice.no_personal_chat");
  }

  private DeskReply off() {
    return texts.unchanged("practice.off_title", texts.get("practice.off"));
  }

  private DeskReply useAChannel(PracticeCommand command) {
    return texts.unchanged(
        "practice.use_a_channel_title",
        texts.get(
            "practice.use_a_channel",
            "personal_chat",
            surface.personalChat(),
            "how",
            surface.howInChannel(),
            "invoke",
            surface.invoke(),
            "command",
            command.typed()));
  }

  private static Optional<Long> number(String value) {
    try {
      return Optional.of(Long.parseLong(value));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * What a button press shows the person who pressed it.
   *
   * @param record whether it is their CPD record (kept where they can copy it later)
   */
  public record Pressed(Message message, boolean record) {}
}
