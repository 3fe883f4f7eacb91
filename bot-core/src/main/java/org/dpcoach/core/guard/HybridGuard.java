package org.dpcoach.core.guard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpcoach.knowledge.Employer;
import org.dpcoach.knowledge.GuardData;
import org.dpcoach.knowledge.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guard: pattern detectors and the name finder run over a Unicode-folded view of the message,
 * overlapping finds are merged (the longest wins), and the original text is redacted with typed
 * placeholders. It never throws: on an internal failure every letter and digit run that could
 * identify someone is masked instead.
 */
public final class HybridGuard implements PersonalDataGuard {
  private static final Logger LOG = LoggerFactory.getLogger(HybridGuard.class);

  private final PatternDetectors patterns;
  private final NameDetector names;

  private HybridGuard(PatternDetectors patterns, NameDetector names) {
    this.patterns = patterns;
    this.names = names;
  }

  /**
   * A guard from the knowledge: its guard data, the words it uses in lower case (ordinary words,
   * never names on their own) and the employer's case-reference patterns. The trained name finder
   * is cached in the given folder.
   */
  public static HybridGuard create(KnowledgeBase kb, Optional<Path> modelCache) {
    List<String> caseRefs = kb.employer().map(Employer::caseRefPatterns).orElse(List.of());
    GuardData data = kb.guardData();
    return new HybridGuard(
        new PatternDetectors(data, caseRefs),
        NameDetector.create(data, commonWords(kb), modelCache));
  }

  /** Words the knowledge writes in lower case somewhere: ordinary words, not names. */
  static Set<String> commonWords(KnowledgeBase kb) {
    Set<String> words = new HashSet<>();
    Pattern word = Pattern.compile("\\b\\p{Ll}[\\p{Ll}'’-]*\\b");
    Consumer<String> add =
        text -> {
          Matcher m = word.matcher(text);
          while (m.find()) {
            words.add(m.group());
          }
        };
    kb.trainingExamples().forEach(e -> add.accept(e.question()));
    kb.entries()
        .values()
        .forEach(
            t -> {
              add.accept(t.summary());
              t.dos().forEach(add);
              t.donts().forEach(add);
            });
    return Set.copyOf(words);
  }

  @Override
  public Redaction redact(String text) {
    if (text == null || text.isEmpty()) {
      return new Redaction("", List.of());
    }
    try {
      TextView view = TextView.of(text);
      List<Finding> found = new ArrayList<>();
      patterns.find(view.text(), found::add);
      List<Finding> people = new ArrayList<>();
      names.find(view.text(), people::add);
      found.addAll(names.widen(view.text(), people));
      List<Finding> original = new ArrayList<>(found.size());
      for (Finding f : found) {
        original.add(new Finding(f.kind(), view.start(f.start()), view.end(f.end())));
      }
      return apply(text, original);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.error("guard failed ({}); masking conservatively", e.getClass().getSimpleName());
      return masked(text);
    }
  }

  /**
   * Redacts the finds; where a name overlaps a pattern find (an NI number, a postcode), the pattern
   * wins and the name keeps only what lies before it.
   */
  private static Redaction apply(String text, List<Finding> found) {
    List<Finding> patterns = found.stream().filter(f -> f.kind() != Finding.Kind.NAME).toList();
    List<Finding> merged = new ArrayList<>(patterns);
    for (Finding name : found) {
      if (name.kind() != Finding.Kind.NAME) {
        continue;
      }
      int end = name.end();
      for (Finding p : patterns) {
        if (p.start() < end && name.start() < p.end()) {
          end = Math.min(end, p.start());
        }
      }
      String kept = text.substring(name.start(), Math.max(name.start(), end)).stripTrailing();
      if (!kept.isBlank()) {
        merged.add(new Finding(Finding.Kind.NAME, name.start(), name.start() + kept.length()));
      }
    }
    found = merged;
    found.sort(Comparator.comparingInt(Finding::start).thenComparing(f -> -f.end()));
    List<Finding> kept = new ArrayList<>();
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (Finding f : found) {
      if (f.start() < at) {
        continue;
      }
      out.append(text, at, f.start()).append(f.kind().placeholder());
      at = f.end();
      kept.add(f);
    }
    out.append(text, at, text.length());
    return new Redaction(out.toString(), kept);
  }

  private static Redaction masked(String text) {
    String masked = text.replaceAll("[\\p{N}@]+", "#").replaceAll("\\b\\p{Lu}\\p{L}+", "[NAME]");
    return new Redaction(masked, List.of(new Finding(Finding.Kind.NAME, 0, text.length())));
  }
}
