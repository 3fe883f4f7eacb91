package org.dpcoach.knowledge;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words by which a person says which nation they practise in ("I'm SSSC registered", "I work in
 * Glasgow"), from {@code kb/nation-cues.yaml}.
 */
public record NationCues(Map<Jurisdiction, List<Pattern>> cues) {

  /** Copies the map. */
  public NationCues {
    cues = Map.copyOf(cues);
  }

  /**
   * The nation the text names, when one nation's cues match it and no other's do (a question
   * comparing two nations' codes names neither as the person's own).
   */
  public Optional<Jurisdiction> named(String text) {
    String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
    Set<Jurisdiction> found = EnumSet.noneOf(Jurisdiction.class);
    cues.forEach(
        (nation, patterns) -> {
          if (patterns.stream().anyMatch(p -> p.matcher(lower).find())) {
            found.add(nation);
          }
        });
    return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
  }
}
