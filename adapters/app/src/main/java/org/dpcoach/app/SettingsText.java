package org.dpcoach.app;

import java.util.stream.Collectors;

/** The settings table as the help prints it and as the README shows it. */
final class SettingsText {
  private SettingsText() {}

  /** Two lines a setting: name, what it accepts, its value when unset, and what it is for. */
  static String usage() {
    return "settings (environment; a blank value counts as unset):\n"
        + SettingsTable.ALL.stream()
            .map(
                s ->
                    "  %s: %s; unset: %s [%s]%n%s"
                        .formatted(
                            s.name(),
                            s.kind().accepts(),
                            plain(s.unset()),
                            s.commands(),
                            wrap(plain(s.description()))))
            .collect(Collectors.joining("\n"));
  }

  /** The README's settings table, in Markdown. */
  static String markdown() {
    return "| variable | accepts | unset | what it is | read by |\n|---|---|---|---|---|\n"
        + SettingsTable.ALL.stream()
            .map(
                s ->
                    "| `%s` | %s | %s | %s | %s |"
                        .formatted(
                            s.name(), s.kind().accepts(), s.unset(), s.description(), s.commands()))
            .collect(Collectors.joining("\n"))
        + "\n";
  }

  /** Indented six spaces, in lines of at most 100 characters. */
  private static String wrap(String text) {
    StringBuilder lines = new StringBuilder("     ");
    int start = 0;
    for (String word : text.split(" ")) {
      if (lines.length() - start + word.length() + 1 > 100) {
        start = lines.length() + 1;
        lines.append("\n     ");
      }
      lines.append(' ').append(word);
    }
    return lines.toString();
  }

  private static String plain(String markdown) {
    return markdown.replace("`", "");
  }
}
