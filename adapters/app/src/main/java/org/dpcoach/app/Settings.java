package org.dpcoach.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The environment, read once: every variable a command uses, parsed and checked before anything
 * starts. Reading collects every problem and refuses them all together; a blank value counts as
 * unset.
 */
final class Settings {
  private final Map<String, Object> values;

  private Settings(Map<String, Object> values) {
    this.values = values;
  }

  /** Every setting of the groups, read from the environment; throws {@link Problems} if any. */
  static Settings read(Map<String, String> env, Set<Setting.Use> uses) {
    Map<String, Object> values = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (Setting<?> setting : SettingsTable.ALL) {
      if (Collections.disjoint(setting.uses(), uses)) {
        continue;
      }
      String text = env.get(setting.name());
      if (text == null || text.isBlank()) {
        continue;
      }
      Kind.Parsed<?> parsed = setting.kind().parse(setting.name(), text.strip());
      parsed.value().ifPresent(v -> values.put(setting.name(), v));
      parsed.problem().ifPresent(problems::add);
    }
    if (!problems.isEmpty()) {
      throw new Problems(problems);
    }
    return new Settings(values);
  }

  /** Every setting {@code serve} reads. */
  static Settings forServe(Map<String, String> env) {
    return read(env, CommandSettings.uses(List.of("serve")));
  }

  /** The value that was set, else the setting's fixed default, if it has one. */
  <T> Optional<T> find(Setting<T> setting) {
    @SuppressWarnings("unchecked") // values holds only what the setting's own kind parsed
    T value = (T) values.get(setting.name());
    return value != null ? Optional.of(value) : setting.fallback();
  }

  /** The value that was set, else the setting's fixed default. */
  <T> T get(Setting<T> setting) {
    return find(setting)
        .orElseThrow(() -> new IllegalStateException(setting.name() + " has no default"));
  }

  /** Whether the variable was set (not blank). */
  boolean isSet(Setting<?> setting) {
    return values.containsKey(setting.name());
  }

  /** Every problem found in the environment, each naming its variable; refused together. */
  static final class Problems extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    Problems(List<String> problems) {
      super(String.join("\n", problems));
      this.problems = List.copyOf(problems);
    }

    /** One line a problem, in the table's order. */
    List<String> problems() {
      return problems;
    }
  }
}
