package org.dpcoach.app;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One environment variable the coach reads: its name, what it accepts, its value when unset, what
 * it is for, and which commands read it.
 *
 * @param <T> the parsed value's type
 * @param name the variable's name
 * @param kind what it accepts
 * @param fallback the value when unset, if that is a fixed value
 * @param unset what happens when it is unset, as the help and README say it
 * @param description what it is for, in one line
 * @param uses which groups of commands read it
 */
record Setting<T>(
    String name,
    Kind<T> kind,
    Optional<T> fallback,
    String unset,
    String description,
    Set<Use> uses) {

  /** Which commands read a setting; a command reads every setting of its groups, up front. */
  enum Use {
    /** Every command but {@code help}. */
    EVERY("all"),
    /** The commands that load the coach. */
    COACH("chat, ask, redact, kb, eval, guard-eval, bench, serve"),
    /** The commands that open the database. */
    DATABASE("serve, data, insights"),
    /** The server ({@code serve} and {@code teams serve}). */
    SERVE("serve"),
    /** The Teams app package. */
    PACKAGE("teams package");

    private final String commands;

    Use(String commands) {
      this.commands = commands;
    }

    /** The commands, as the help lists them. */
    String commands() {
      return commands;
    }
  }

  /** Checks each value at once. */
  Setting {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(fallback, "fallback must not be null (use Optional.empty())");
    Objects.requireNonNull(unset, "unset must not be null");
    Objects.requireNonNull(description, "description must not be null");
    if (uses.isEmpty()) {
      throw new IllegalArgumentException(name + " must be read by at least one command");
    }
    uses = Set.copyOf(uses);
  }

  /** A setting with a fixed default, which its own kind must accept. */
  static <T> Setting<T> of(String name, Kind<T> kind, String fallback, String what, Use... uses) {
    Kind.Parsed<T> parsed = kind.parse(name, fallback);
    if (parsed.problem().isPresent()) {
      throw new IllegalArgumentException("the default of " + parsed.problem().get());
    }
    return new Setting<>(name, kind, parsed.value(), fallback, what, EnumSet.copyOf(List.of(uses)));
  }

  /** A setting without a fixed default: {@code unset} says what happens without it. */
  static <T> Setting<T> optional(
      String name, Kind<T> kind, String unset, String what, Use... uses) {
    return new Setting<>(name, kind, Optional.empty(), unset, what, EnumSet.copyOf(List.of(uses)));
  }

  /** The commands that read it, as the help lists them. */
  String commands() {
    return uses.stream().sorted().map(Use::commands).reduce((a, b) -> a + "; " + b).orElseThrow();
  }
}
