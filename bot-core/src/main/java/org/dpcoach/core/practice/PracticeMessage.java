package org.dpcoach.core.practice;

import java.util.List;
import java.util.Objects;

/**
 * A platform-neutral message for tips and supervision: a heading, Markdown-ish paragraphs, the
 * sources and buttons. Adapters render it (Block Kit, Adaptive Cards) or fall back to text.
 */
public record PracticeMessage(
    String title, List<String> paragraphs, List<String> sources, List<Action> actions) {

  /** Copies the lists. */
  public PracticeMessage {
    Objects.requireNonNull(title, "title must not be null");
    paragraphs = List.copyOf(paragraphs);
    sources = List.copyOf(sources);
    actions = List.copyOf(actions);
  }

  /** A message of a heading and one paragraph. */
  public static PracticeMessage note(String title, String text) {
    return new PracticeMessage(title, List.of(text), List.of(), List.of());
  }

  /** The message as plain text: heading, paragraphs, then sources. */
  public String plainText() {
    StringBuilder out = new StringBuilder(title);
    paragraphs.forEach(p -> out.append("\n\n").append(p));
    if (!sources.isEmpty()) {
      out.append("\n\nSources:");
      sources.forEach(s -> out.append("\n- ").append(s));
    }
    return out.toString();
  }

  /** A button: what it does ({@link Action#NEXT} and the like), its label and its value. */
  public record Action(String id, String label, String value) {
    /** Posts the next decision step (or the debrief). */
    public static final String NEXT = "supervision.next";

    /** Ends the session without the remaining steps. */
    public static final String SKIP = "supervision.skip";

    /** Sends the member their draft CPD record, privately. */
    public static final String CPD = "supervision.cpd";

    /** Opens the address in its value in the browser (the insights link); nothing is sent back. */
    public static final String OPEN = "open.url";

    /** Shows the asker what would go to the champions (its value: the redacted question). */
    public static final String CHAMPION_ASK = "champion.ask";

    /** Sends the drafted question in its value to the champions. */
    public static final String CHAMPION_SEND = "champion.send";

    /** The asker edits their drafted question in its value before it goes. */
    public static final String CHAMPION_EDIT = "champion.edit";

    /** Withdraws the asker's question in its value. */
    public static final String CHAMPION_WITHDRAW = "champion.withdraw";

    /** A champion takes the question in its value. */
    public static final String CHAMPION_TAKE = "champion.take";

    /** A champion answers the question in its value (a text box where the platform has one). */
    public static final String CHAMPION_ANSWER = "champion.answer";

    /** A champion marks the question in its value as not one for the champions. */
    public static final String CHAMPION_DECLINE = "champion.decline";

    /** A champion marks the answer to the question in its value "add to knowledge". */
    public static final String CHAMPION_KNOWLEDGE = "champion.knowledge";
  }
}
