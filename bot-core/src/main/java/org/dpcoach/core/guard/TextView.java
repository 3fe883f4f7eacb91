package org.dpcoach.core.guard;

import java.text.Normalizer;

/**
 * A detection view of a message: Unicode-folded (NFKC, look-alike letters, dashes), without
 * zero-width characters, with a map from each view character back to the original text, so that
 * spans found in the view redact the right characters of the original.
 */
final class TextView {
  private final String original;
  private final String view;
  private final int[] origin;

  private TextView(String original, String view, int[] origin) {
    this.original = original;
    this.view = view;
    this.origin = origin;
  }

  static TextView of(String text) {
    if (isPlainAscii(text)) {
      int[] identity = new int[text.length() + 1];
      for (int i = 0; i <= text.length(); i++) {
        identity[i] = i;
      }
      return new TextView(text, text, identity);
    }
    StringBuilder view = new StringBuilder(text.length());
    int[] origin = new int[text.length() * 3 + 1];
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      String folded = fold(cp);
      for (int k = 0; k < folded.length(); k++) {
        origin[view.length()] = i;
        view.append(folded.charAt(k));
      }
      i += width;
    }
    origin[view.length()] = text.length();
    return new TextView(text, view.toString(), java.util.Arrays.copyOf(origin, view.length() + 1));
  }

  private static boolean isPlainAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 126 || (c < 32 && c != '\n' && c != '\t' && c != '\r')) {
        return false;
      }
    }
    return true;
  }

  private static String fold(int cp) {
    int type = Character.getType(cp);
    if (type == Character.FORMAT || type == Character.CONTROL && cp != '\n' && cp != '\t') {
      return "";
    }
    if (type == Character.DASH_PUNCTUATION) {
      return "-";
    }
    if (Character.isSpaceChar(cp)) {
      return " ";
    }
    int latin = LookAlikes.latin(cp);
    if (latin != cp) {
      return String.valueOf((char) latin);
    }
    String nfkc = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
    return nfkc.isEmpty() ? "" : nfkc;
  }

  String text() {
    return view;
  }

  String original() {
    return original;
  }

  /** The original index of a view index (an end index maps past the last original char). */
  int start(int viewIndex) {
    return origin[viewIndex];
  }

  int end(int viewEnd) {
    if (viewEnd <= 0) {
      return 0;
    }
    int last = origin[viewEnd - 1];
    return last + Character.charCount(original.codePointAt(last));
  }
}
