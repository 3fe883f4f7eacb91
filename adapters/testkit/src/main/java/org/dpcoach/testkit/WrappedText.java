package org.dpcoach.testkit;

/** How many lines a text takes on a narrow screen, for tests that measure a message's height. */
public final class WrappedText {
  private WrappedText() {}

  /**
   * Lines of wrapped text: each paragraph wrapped at word boundaries to the given width, a word
   * longer than a line broken across lines.
   */
  public static int lines(String text, int perLine) {
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      int line = 0;
      int count = 1;
      for (String word : paragraph.split(" ")) {
        int add = (line == 0 ? 0 : 1) + word.length();
        if (line > 0 && line + add > perLine) {
          count += 1 + (word.length() - 1) / perLine;
          line = word.length() % perLine;
        } else {
          line += add;
        }
      }
      lines += count;
    }
    return lines;
  }
}
