package org.dpcoach.core.model;

import java.util.Objects;

/**
 * A button: what it does ({@link #NEXT} and the like), its label and its value.
 *
 * @param id what the button does, the same on every platform
 * @param label what the button says
 * @param value what the button carries back (a session's number, an address to open)
 */
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

  /** Checks each value at once. */
  public Action {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(value, "value must not be null");
  }
}
