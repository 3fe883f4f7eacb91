package org.dpcoach.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of bodies, codes and laws that belong to some nations only (Social Work England and the
 * Care Act 2014 to England, the SSSC to Scotland, the Equality Act 2010 to Great Britain), from
 * {@code kb/nation-terms.yaml}, and each nation's regulator as a person names it.
 */
public final class NationTerms {
  private final List<Term> terms;
  private final Map<Jurisdiction, String> regulators;
  private final Map<String, Set<String>> allowed;

  NationTerms(
      List<Term> terms, Map<Jurisdiction, String> regulators, Map<String, Set<String>> allowed) {
    this.terms = List.copyOf(terms);
    this.regulators = Map.copyOf(regulators);
    this.allowed = Map.copyOf(allowed);
  }

  /** No terms and no regulators (a knowledge folder without the file). */
  static NationTerms none() {
    return new NationTerms(List.of(), Map.of(), Map.of());
  }

  /**
   * Whether the entry (a case, topic, route, tip or scenario id) names the term on purpose, to tell
   * the reader it is not theirs ({@code allowed} in the file).
   */
  boolean allowedIn(String entry, Term term) {
    return allowed.getOrDefault(entry, Set.of()).contains(term.name());
  }

  /**
   * A name and the nations it belongs to. An upper-case abbreviation ({@code SWE}) matches only in
   * upper case; anything else matches in any case; both only as whole words.
   */
  public record Term(String name, Set<Jurisdiction> nations, Pattern pattern) {
    static Term of(String name, Set<Jurisdiction> nations) {
      boolean abbreviation = name.equals(name.toUpperCase(java.util.Locale.ROOT));
      Pattern pattern =
          Pattern.compile(
              "(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
              abbreviation ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      return new Term(name, Set.copyOf(nations), pattern);
    }
  }

  /** Every term, in file order. */
  List<Term> terms() {
    return terms;
  }

  /** The nation's regulator as a person names it ("Social Work England"), if the file gives one. */
  public Optional<String> regulator(Jurisdiction nation) {
    return Optional.ofNullable(regulators.get(nation));
  }

  /**
   * The terms in the text that do not belong to the nation, each once, in file order. A match
   * inside a longer term of the nation's own is not counted ("Care Inspectorate" in "Care
   * Inspectorate Wales" read in Wales).
   */
  public List<Term> foreignTo(Jurisdiction nation, String text) {
    List<int[]> own = new ArrayList<>();
    for (Term term : terms) {
      if (term.nations().contains(nation)) {
        Matcher m = term.pattern().matcher(text);
        while (m.find()) {
          own.add(new int[] {m.start(), m.end()});
        }
      }
    }
    List<Term> found = new ArrayList<>();
    for (Term term : terms) {
      if (term.nations().contains(nation)) {
        continue;
      }
      Matcher m = term.pattern().matcher(text);
      while (m.find()) {
        int start = m.start();
        int end = m.end();
        if (own.stream().noneMatch(span -> span[0] <= start && end <= span[1])) {
          found.add(term);
          break;
        }
      }
    }
    return found;
  }

  /** Whether the text names nothing that belongs only to other nations. */
  public boolean fitsNation(Jurisdiction nation, String text) {
    return foreignTo(nation, text).isEmpty();
  }
}
