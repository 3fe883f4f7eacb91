package org.dpcoach.slack;

/**
 * Slack's text encoding: escapes {@code &}, {@code <} and {@code >} so no text can form a mention,
 * a link or {@code <!channel>}, cuts to a limit without breaking an escape or a surrogate pair, and
 * reads Slack-encoded message text back as plain words.
 */
final class Mrkdwn {
  private static final String ELLIPSIS = "…";
  static final int MAX_TYPED = 20_000;

  private Mrkdwn() {}

  /** The text with its three control characters escaped. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Escaped text cut to at most {@code max} characters, ending in an ellipsis when cut. */
  static String fit(String escaped, int max) {
    if (escaped.length() <= max) {
      return escaped;
    }
    int end = max - ELLIPSIS.length();
    int amp = escaped.lastIndexOf('&', end - 1);
    if (amp >= 0 && escaped.indexOf(';', amp) >= end) {
      end = amp;
    }
    if (end > 0 && Character.isHighSurrogate(escaped.charAt(end - 1))) {
      end--;
    }
    return escaped.substring(0, end) + ELLIPSIS;
  }

  /** Escapes then fits. */
  static String safe(String text, int max) {
    return fit(escape(text), max);
  }

  /** Plain text that may be put in a plain_text object: cut to the limit, never mid-pair. */
  static String plain(String text, int max) {
    String value = text == null ? "" : text;
    if (value.length() <= max) {
      return value;
    }
    int end = max - ELLIPSIS.length();
    if (end > 0 && Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end) + ELLIPSIS;
  }

  /**
   * A message's text as the person typed it: the bot's own mentions removed, links and other
   * mentions reduced to their label, and Slack's three escapes decoded.
   */
  static String typed(String slackText, String botUserId) {
    if (slackText == null) {
      return "";
    }
    // the engine reads 4,000 characters at most; longer input only costs regex time
    String text = slackText.length() > MAX_TYPED ? slackText.substring(0, MAX_TYPED) : slackText;
    if (botUserId != null && !botUserId.isBlank()) {
      text = text.replaceAll("<@" + java.util.regex.Pattern.quote(botUserId) + "(\\|[^>]*)?>", " ");
    }
    text = text.replaceAll("<[^<>|]*\\|([^<>]*)>", "$1").replaceAll("<([^<>]*)>", "$1");
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
  }

  /** Whole sentences within {@code max} words (or the first {@code max} words), "…" when cut. */
  static String firstWords(String text, int max) {
    StringBuilder out = new StringBuilder();
    int words = 0;
    for (String sentence : text.strip().split("(?<=[.!?])\\s+")) {
      String[] sentenceWords = sentence.split("\\s+");
      if (words + sentenceWords.length > max) {
        if (words == 0) {
          out.append(String.join(" ", java.util.Arrays.copyOf(sentenceWords, max)));
        }
        return out.append(" …").toString();
      }
      out.append(words == 0 ? "" : " ").append(sentence);
      words += sentenceWords.length;
    }
    return out.toString();
  }
}
