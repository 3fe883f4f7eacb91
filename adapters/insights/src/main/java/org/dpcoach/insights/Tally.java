package org.dpcoach.insights;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts rows and people per group. Person keys change every month, so people are counted per month
 * (person keys numbered within their month, one bit set per month) and a group's people are the
 * largest month's count: a lower bound, never more people than there were.
 */
final class Tally {
  private final Map<Object, Counted> groups = new HashMap<>();
  private final Map<String, Integer> months = new HashMap<>();
  private final List<Map<String, Integer>> persons = new java.util.ArrayList<>();

  /** A person in a month: the month's number and the person's number within it. */
  record Who(int month, int person) {}

  /** A count of rows and the people behind them, month by month. */
  static final class Counted {
    long turns;
    BitSet[] byMonth = new BitSet[0];

    /** One more row from the person. */
    void add(int month, int person) {
      turns++;
      people(month).set(person);
    }

    /** Another count's rows and people. */
    void addAll(Counted other) {
      turns += other.turns;
      for (int m = 0; m < other.byMonth.length; m++) {
        if (other.byMonth[m] != null) {
          people(m).or(other.byMonth[m]);
        }
      }
    }

    private BitSet people(int month) {
      if (month >= byMonth.length) {
        byMonth = Arrays.copyOf(byMonth, month + 1);
      }
      if (byMonth[month] == null) {
        byMonth[month] = new BitSet();
      }
      return byMonth[month];
    }

    Figure figure() {
      int people = 0;
      for (BitSet s : byMonth) {
        people = Math.max(people, s == null ? 0 : s.cardinality());
      }
      return new Figure(turns, people);
    }
  }

  /** The number of a person key in its month. */
  Who who(String month, String person) {
    int m = months.computeIfAbsent(month, k -> months.size());
    if (m == persons.size()) {
      persons.add(new HashMap<>());
    }
    Map<String, Integer> ids = persons.get(m);
    Integer id = ids.get(person);
    if (id == null) {
      id = ids.size();
      ids.put(person, id);
    }
    return new Who(m, id);
  }

  /** Counts one row for the group. */
  void add(Object group, Who who) {
    groups.computeIfAbsent(group, k -> new Counted()).add(who.month(), who.person());
  }

  /** Counts one row for the group. */
  void add(Object group, String month, String person) {
    add(group, who(month, person));
  }

  /** Counts a group of rows (already counted elsewhere) for the group. */
  void add(Object group, Counted counted) {
    groups.computeIfAbsent(group, k -> new Counted()).addAll(counted);
  }

  /** The group's figure (zero when it has no rows). */
  Figure figure(Object group) {
    Counted g = groups.get(group);
    return g == null ? new Figure(0, 0) : g.figure();
  }

  /** The figure of several groups together (people counted once however many groups). */
  Figure union(List<Object> several) {
    Counted all = new Counted();
    for (Object key : several) {
      Counted g = groups.get(key);
      if (g != null) {
        all.addAll(g);
      }
    }
    return all.figure();
  }

  /** Every group counted so far. */
  Set<Object> groups() {
    return groups.keySet();
  }
}
