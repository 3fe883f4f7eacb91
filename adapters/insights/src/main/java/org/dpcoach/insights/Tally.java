package org.dpcoach.insights;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts rows and people per group in one pass. Person keys change every month, so people are
 * counted per month and a group's people are the largest month's count: a lower bound, never more
 * people than there were.
 */
final class Tally {
  private final Map<Object, Group> groups = new HashMap<>();

  private static final class Group {
    long turns;
    final Map<String, Set<String>> byMonth = new HashMap<>(4);
  }

  /** Counts one row for the group. */
  void add(Object group, String month, String person) {
    Group g = groups.computeIfAbsent(group, k -> new Group());
    g.turns++;
    g.byMonth.computeIfAbsent(month, m -> new HashSet<>()).add(person);
  }

  /** The group's figure (zero when it has no rows). */
  Figure figure(Object group) {
    Group g = groups.get(group);
    if (g == null) {
      return new Figure(0, 0);
    }
    int people = 0;
    for (Set<String> s : g.byMonth.values()) {
      people = Math.max(people, s.size());
    }
    return new Figure(g.turns, people);
  }

  /** The figure of several groups together (people counted once however many groups). */
  Figure union(java.util.List<Object> several) {
    long turns = 0;
    Map<String, Set<String>> byMonth = new HashMap<>();
    for (Object key : several) {
      Group g = groups.get(key);
      if (g == null) {
        continue;
      }
      turns += g.turns;
      g.byMonth.forEach((m, s) -> byMonth.computeIfAbsent(m, k -> new HashSet<>()).addAll(s));
    }
    int people = 0;
    for (Set<String> s : byMonth.values()) {
      people = Math.max(people, s.size());
    }
    return new Figure(turns, people);
  }

  /** Every group counted so far. */
  Set<Object> groups() {
    return groups.keySet();
  }
}
