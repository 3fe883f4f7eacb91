package org.dpcoach.knowledge;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words by which a person says which nation they practise in, from {@code kb/nation-cues.yaml}:
 * their own ("I'm SSSC registered", "I work in Glasgow") and mentions of a nation's regulator
 * ("what does the NISCC say").
 *
 * @param self cues by which a person says the nation is theirs (places after words of work)
 * @param mentions a nation's regulator or code named in passing
 */
public record NationCues(
    Map<Jurisdiction, List<Pattern>> self, Map<Jurisdiction, List<Pattern>> mentions) {

  /** Copies the maps. */
  public NationCues {
    self = Map.copyOf(self);
    mentions = Map.copyOf(mentions);
  }

  /** No cues (a knowledge folder without the file). */
  static NationCues none() {
    return new NationCues(Map.of(), Map.of());
  }

  /**
   * The nation the text names: the one its own cues point to, else the one its mentions point to;
   * none when two nations match at the same level ("is the SSSC code stricter than Social Work
   * England's?").
   */
  public Optional<Jurisdiction> named(String text) {
    String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
    Set<Jurisdiction> own = matching(self, lower);
    if (!own.isEmpty()) {
      return own.size() == 1 ? Optional.of(own.iterator().next()) : Optional.empty();
    }
    Set<Jurisdiction> named = matching(mentions, lower);
    return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
  }

  private static Set<Jurisdiction> matching(Map<Jurisdiction, List<Pattern>> cues, String lower) {
    Set<Jurisdiction> found = EnumSet.noneOf(Jurisdiction.class);
    cues.forEach(
        (nation, patterns) -> {
          if (patterns.stream().anyMatch(p -> p.matcher(lower).find())) {
            found.add(nation);
          }
        });
    return found;
  }
}
