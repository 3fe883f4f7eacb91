package org.dpcoach.teams;

import org.dpcoach.core.model.ReplyPart;

/**
 * Text made safe for an Adaptive Card {@code TextBlock}: control characters dropped, the Markdown
 * subset Adaptive Cards render (emphasis, links, bulleted and numbered lists) escaped with
 * backslashes, the {@code {{DATE()}}} and {@code {{TIME()}}} functions broken with a zero-width
 * joiner, and cut to a limit without splitting a surrogate pair or an escape.
 */
final class CardText {
  private static final String ELLIPSIS = "…";
  private static final String MARKUP = "\\*_[]";

  private CardText() {}

  /** The text escaped and cut to at most {@code max} characters. */
  static String safe(String text, int max) {
    return fit(escape(text), max);
  }

  /** The text with nothing Teams would read as markup. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.append('\n');
        lineStart = true;
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        out.append(' ');
      } else {
        appendEscaped(out, text, i, lineStart);
        lineStart = lineStart && Character.isWhitespace(c);
      }
    }
    return out.toString();
  }

  /**
   * Appends the character at {@code i}, after a backslash when it is markup or a list mark, and
   * followed by a zero-width joiner when it opens a {@code {{...}}} function.
   */
  private static void appendEscaped(StringBuilder out, String text, int i, boolean lineStart) {
    char c = text.charAt(i);
    if (MARKUP.indexOf(c) >= 0 || listMark(out, text, i, lineStart)) {
      out.append('\\');
    }
    out.append(c);
    if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
      out.append('\u200D');
    }
  }

  /**
   * Whether the character at {@code i} would start a list: a {@code -} or {@code +} at the start of
   * a line, or a {@code .} after a line's leading digits, followed by whitespace or the end.
   */
  private static boolean listMark(StringBuilder out, String text, int i, boolean lineStart) {
    char c = text.charAt(i);
    boolean spaceNext = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
    return spaceNext
        && (lineStart && (c == '-' || c == '+') || c == '.' && lineStart(out) && digitsBefore(out));
  }

  /** Escaped text cut to at most {@code max} characters, ending in an ellipsis when cut. */
  static String fit(String escaped, int max) {
    if (escaped.length() <= max) {
      return escaped;
    }
    int end = max - ELLIPSIS.length();
    if (end > 0 && Character.isHighSurrogate(escaped.charAt(end - 1))) {
      end--;
    }
    int slashes = 0;
    for (int i = end - 1; i >= 0 && escaped.charAt(i) == '\\'; i--) {
      slashes++;
    }
    if (slashes % 2 == 1) {
      end--;
    }
    return escaped.substring(0, end) + ELLIPSIS;
  }

  /**
   * Plain text for a property that is never Markdown (button titles, input labels): controls
   * dropped, cut.
   */
  static String plain(String text, int max) {
    String value = text == null ? "" : text.replaceAll("[\\p{Cntrl}\u2028\u2029]", " ");
    if (value.length() <= max) {
      return value;
    }
    int end = max - ELLIPSIS.length();
    if (end > 0 && Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end) + ELLIPSIS;
  }

  private static boolean lineStart(StringBuilder out) {
    int i = out.length() - 1;
    while (i >= 0 && Character.isDigit(out.charAt(i))) {
      i--;
    }
    return i < 0 || out.charAt(i) == '\n';
  }

  private static boolean digitsBefore(StringBuilder out) {
    return out.length() > 0 && Character.isDigit(out.charAt(out.length() - 1));
  }

  /** The emoji that marks a notice of the kind. */
  static String icon(ReplyPart.Notice.Kind kind) {
    return switch (kind) {
      case PRIVACY -> "🔒";
      case TRUNCATED -> "✂️";
      case FOLLOW_UP -> "↩️";
      case NO_REFERRAL -> "🚨";
      case INFO -> "ℹ️";
      case NATION -> "📍";
    };
  }
}
