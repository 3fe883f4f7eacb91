package org.dpcoach.testkit;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The bad input every channel must answer with a short, polite reply and never a stack trace:
 * nothing, 40,000 characters, only personal data, only emoji.
 */
public final class BadInputs {
  /** The personal data in {@link #PERSONAL_ONLY}, which no reply may echo. */
  public static final List<String> PERSONAL_VALUES =
      List.of("Jane Smith", "07700 900123", "jane.smith@example.com", "SW1A 1AA");

  /** Only personal data. */
  public static final String PERSONAL_ONLY = String.join(" ", PERSONAL_VALUES);

  /** What a stack trace or an exception's name looks like in a reply. */
  public static final Pattern STACK_TRACE =
      Pattern.compile("Exception|\\bat [a-z]+\\.[a-z]+\\.|\\tat |NullPointer|java\\.");

  /** The most a short reply may be, in characters of text. */
  public static final int SHORT_CHARS = 1_200;

  private BadInputs() {}

  /** One bad input and what it is called in test output. */
  public record Input(String name, String text) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Empty, 40,000 characters, only personal data, only emoji. */
  public static List<Input> all() {
    return List.of(
        new Input("empty", ""),
        new Input("40,000 characters", "x".repeat(40_000)),
        new Input("only personal data", PERSONAL_ONLY),
        new Input("only emoji", "🙂🙂👍😀🎉"));
  }
}
