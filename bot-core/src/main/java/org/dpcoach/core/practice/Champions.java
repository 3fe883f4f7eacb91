package org.dpcoach.core.practice;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** The principal social workers and digital champions: platform user ids (Slack, Teams AAD). */
public record Champions(Set<String> ids) {

  /** Copies the ids, stripped, leaving out blanks. */
  public Champions {
    ids =
        ids.stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  /** The champions named in a list. */
  public static Champions of(Collection<String> ids) {
    return new Champions(Set.copyOf(ids));
  }

  /** No champions: nobody may change tips. */
  public static Champions none() {
    return new Champions(Set.of());
  }

  /** Whether the user is a champion. */
  public boolean includes(String userId) {
    return userId != null && ids.contains(userId);
  }
}
