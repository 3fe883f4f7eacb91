package org.dpcoach.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.dpcoach.knowledge.Jurisdiction;

/**
 * What a setting accepts: the phrase its error and the help say ("true or false"), whether a
 * refused value may be shown back (never for secrets), and the parser, which throws {@link
 * IllegalArgumentException} for anything it does not accept.
 *
 * @param <T> the parsed value's type
 * @param accepts what is accepted, as it reads after "must be"
 * @param echo whether an error may repeat the refused value
 * @param parser from the stripped, non-blank text to the value
 */
record Kind<T>(String accepts, boolean echo, Function<String, T> parser) {

  /** The one boolean syntax: {@code true} or {@code false}, in any case. */
  static Kind<Boolean> flag() {
    return new Kind<>(
        "true or false",
        true,
        v -> {
          if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return v.equalsIgnoreCase("true");
          }
          throw new IllegalArgumentException();
        });
  }

  /** A TCP port; 0 lets the system pick a free one. */
  static Kind<Integer> port() {
    return new Kind<>("a port number (0-65535)", true, v -> range(Integer.parseInt(v), 0, 65_535));
  }

  /** A whole number of the unit, at least 1. */
  static Kind<Long> atLeastOne(String unit) {
    return new Kind<>(
        "a whole number of " + unit + ", at least 1",
        true,
        v -> range(Long.parseLong(v), 1L, Long.MAX_VALUE));
  }

  /** An absolute http or https URL. */
  static Kind<URI> httpUrl() {
    return new Kind<>("an absolute http or https URL", true, v -> url(v, "http", "https"));
  }

  /** An absolute https URL. */
  static Kind<URI> httpsUrl() {
    return new Kind<>("an absolute https URL", true, v -> url(v, "https"));
  }

  /** A PostgreSQL or H2 JDBC URL, or {@code none}; never shown back (it may hold a password). */
  static Kind<Optional<String>> jdbcUrlOrNone() {
    return new Kind<>(
        "a jdbc:postgresql: or jdbc:h2: URL, or none",
        false,
        v -> {
          if (v.equalsIgnoreCase("none")) {
            return Optional.empty();
          }
          if (!v.startsWith("jdbc:postgresql:") && !v.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException();
          }
          return Optional.of(v);
        });
  }

  /** A file or folder path. */
  static Kind<Path> path() {
    return new Kind<>("a path", true, Path::of);
  }

  /** A folder path, or {@code none} (empty). */
  static Kind<Optional<Path>> pathOrNone() {
    return new Kind<>(
        "a folder path, or none",
        true,
        v -> v.equalsIgnoreCase("none") ? Optional.empty() : Optional.of(Path.of(v)));
  }

  /** A file that can be read. */
  static Kind<Path> readableFile() {
    return new Kind<>(
        "a readable file",
        true,
        v -> {
          if (!Files.isReadable(Path.of(v)) || Files.isDirectory(Path.of(v))) {
            throw new IllegalArgumentException();
          }
          return Path.of(v);
        });
  }

  /** Text that passes the test, described by {@code accepts}. */
  static Kind<String> text(String accepts, Predicate<String> test) {
    return new Kind<>(
        accepts,
        true,
        v -> {
          if (!test.test(v)) {
            throw new IllegalArgumentException();
          }
          return v;
        });
  }

  /** Any text. */
  static Kind<String> text() {
    return new Kind<>("text", true, v -> v);
  }

  /** A secret of at least so many characters; never shown back. */
  static Kind<String> secret(int minLength) {
    return new Kind<>(
        minLength <= 1 ? "text" : "at least " + minLength + " characters",
        false,
        v -> {
          if (v.length() < minLength) {
            throw new IllegalArgumentException();
          }
          return v;
        });
  }

  /** Comma-separated values, blanks left out. */
  static Kind<List<String>> list() {
    return new Kind<>(
        "a comma-separated list",
        true,
        v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
  }

  /** One of the given words, in any case; the value is the word in lower case. */
  static Kind<String> oneOf(String... words) {
    List<String> accepted = List.of(words);
    return new Kind<>(
        "one of " + String.join(", ", accepted),
        true,
        v -> {
          String word = v.toLowerCase(Locale.ROOT);
          if (!accepted.contains(word)) {
            throw new IllegalArgumentException();
          }
          return word;
        });
  }

  /** One of the four UK nations. */
  static Kind<Jurisdiction> jurisdiction() {
    return new Kind<>(
        "one of england, scotland, wales, northern-ireland", true, Jurisdiction::parse);
  }

  /**
   * The value of the text, or the problem with it, naming the variable, what was wrong and what is
   * accepted.
   */
  Parsed<T> parse(String name, String text) {
    try {
      return new Parsed<>(Optional.ofNullable(parser.apply(text)), Optional.empty());
    } catch (RuntimeException e) {
      String shown = echo ? ", not '" + text + "'" : "";
      return new Parsed<>(Optional.empty(), Optional.of(name + " must be " + accepts + shown));
    }
  }

  /** A parsed value, or the problem that stopped it. */
  record Parsed<T>(Optional<T> value, Optional<String> problem) {}

  private static <N extends Comparable<N>> N range(N value, N min, N max) {
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException();
    }
    return value;
  }

  private static URI url(String value, String... schemes) {
    try {
      URI uri = new URI(value);
      if (!List.of(schemes).contains(uri.getScheme()) || uri.getHost() == null) {
        throw new IllegalArgumentException();
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
