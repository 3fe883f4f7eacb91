package org.dpcoach.core.practice;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A practice command as typed on any platform ({@code tips ...}, {@code /dpcoach supervision ...},
 * {@code nation}, {@code insights}, {@code ask-champion ...}, {@code champions here}): which desk,
 * and the text after the desk's name.
 */
public record PracticeCommand(Desk desk, String args) {
  private static final Pattern COMMAND =
      Pattern.compile(
          "(?is)^(?:/?dpcoach\\s+)?(tips|supervision|nation|insights|ask-champion|champions)"
              + "(?:\\s+(.*))?$");
  private static final Pattern WITHDRAW = Pattern.compile("(?i)^withdraw\\s+(\\d{1,18})$");

  /** The desk a command goes to, and the word that names it. */
  public enum Desk {
    TIPS("tips"),
    SUPERVISION("supervision"),
    NATION("nation"),
    INSIGHTS("insights"),
    /** A question to the digital champions ({@code ask-champion withdraw <n>} takes it back). */
    ASK_CHAMPION("ask-champion"),
    /** {@code champions here}: a champion makes this channel the champions' channel. */
    CHAMPIONS("champions");

    private final String word;

    Desk(String word) {
      this.word = word;
    }

    /** The word a person types for the desk. */
    public String word() {
      return word;
    }

    static Desk of(String word) {
      for (Desk d : values()) {
        if (d.word.equalsIgnoreCase(word)) {
          return d;
        }
      }
      throw new IllegalArgumentException("no desk '" + word + "'");
    }
  }

  /** Checks the values at once; the arguments are stripped. */
  public PracticeCommand {
    Objects.requireNonNull(desk, "desk must not be null");
    args = args == null ? "" : args.strip();
  }

  /** The command in typed text, if the text is one; anything else is a question. */
  public static Optional<PracticeCommand> parse(String typed) {
    Matcher m = COMMAND.matcher(typed == null ? "" : typed.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    PracticeCommand command = new PracticeCommand(Desk.of(m.group(1)), m.group(2));
    return command.desk() == Desk.CHAMPIONS && !command.args().equalsIgnoreCase("here")
        ? Optional.empty()
        : Optional.of(command);
  }

  /** The command's first word after the desk's name, lower case. */
  public String verb() {
    return args.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
  }

  /** The desk's name and the verb, as a person types them ("tips now"). */
  public String typed() {
    return (desk.word() + " " + verb()).strip();
  }

  /** Whether the command goes to the champions' desk. */
  public boolean forChampions() {
    return desk == Desk.ASK_CHAMPION || desk == Desk.CHAMPIONS;
  }

  /** The question an {@code ask-champion withdraw <n>} takes back, if the command is one. */
  public Optional<Long> withdraws() {
    Matcher m = WITHDRAW.matcher(args);
    return desk == Desk.ASK_CHAMPION && m.matches()
        ? Optional.of(Long.parseLong(m.group(1)))
        : Optional.empty();
  }

  /**
   * Whether the command acts on the channel it is typed in, so it makes no sense in a personal
   * chat: {@code tips now}, {@code supervision start}, a {@code schedule} that names no channel,
   * setting a channel's nation and {@code champions here}.
   */
  public boolean needsChannel() {
    return switch (desk) {
      case INSIGHTS -> false;
      case TIPS -> verb().equals("now") || schedulesHere();
      case SUPERVISION -> verb().equals("start") || schedulesHere();
      case NATION -> !verb().isEmpty();
      case ASK_CHAMPION -> false;
      case CHAMPIONS -> true;
    };
  }

  private boolean schedulesHere() {
    return verb().equals("schedule") && !args.contains("#");
  }
}
