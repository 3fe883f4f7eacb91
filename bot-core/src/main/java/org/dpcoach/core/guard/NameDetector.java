package org.dpcoach.core.guard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.dpcoach.knowledge.GuardData;

/**
 * Finds person names: an Apache OpenNLP name finder trained on the knowledge's annotated sentences
 * (no English name model is published), plus a title rule ("Mr Haddad", "baby Amara"); words the
 * knowledge lists as never names are let through.
 */
final class NameDetector {
  private final ThreadLocal<NameFinderME> finder;
  private final NameWords vocab;

  private NameDetector(TokenNameFinderModel model, GuardData data, Set<String> commonWords) {
    this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
    this.vocab = new NameWords(data, commonWords);
  }

  /**
   * A detector whose name finder is trained on the knowledge's sentences, or loaded from the cache.
   */
  static NameDetector create(GuardData data, Set<String> commonWords, Optional<Path> cache) {
    return new NameDetector(NameModelStore.model(data.nameSentences(), cache), data, commonWords);
  }

  void find(String text, Consumer<Finding> found) {
    NameTokens t = NameTokens.of(text);
    String[] words = t.words();
    if (words.length == 0) {
      return;
    }
    // The finder's spans only count where a word is unknown (see emit), so a message of known
    // words alone needs no run of the finder.
    boolean anyUnknown = false;
    for (String word : words) {
      anyUnknown |= Character.isLetter(word.charAt(0)) && !vocab.known(word);
    }
    if (anyUnknown) {
      NameFinderME me = finder.get();
      for (Span span : me.find(words)) {
        emit(t, span.getStart(), span.getEnd(), found);
      }
      me.clearAdaptiveData();
    }
    properNouns(t, found);
    titledNames(t, found);
  }

  /** The title rule: one or two capitalised words after a title ("Mr Haddad", "baby Amara"). */
  private void titledNames(NameTokens t, Consumer<Finding> found) {
    String[] words = t.words();
    for (int i = 0; i + 1 < words.length; i++) {
      if (vocab.titles.contains(words[i].toLowerCase(Locale.ROOT))
          && vocab.capitalised(words[i + 1])) {
        int end = i + 2;
        if (end < words.length && vocab.capitalised(words[end])) {
          end++;
        }
        emit(t, i + 1, end, found);
      }
    }
  }

  /**
   * Runs of capitalised words that are neither common words of the knowledge nor listed as never
   * names, with initials ("J. Walsh", "Leon A-R") kept with the name they belong to.
   */
  private void properNouns(NameTokens t, Consumer<Finding> found) {
    String[] words = t.words();
    int i = 0;
    while (i < words.length) {
      int end = i;
      if (NameWords.initial(words, end)
          && end + 2 < words.length
          && vocab.nameLike(words[end + 2])) {
        end += 2;
      }
      if (!vocab.nameLike(words[end])) {
        i++;
        continue;
      }
      end = runEnd(words, end + 1);
      boolean partOfPlace =
          end < words.length
              && Character.isUpperCase(words[end].charAt(0))
              && vocab.known(words[end]);
      if (evidence(words, i, end) && !partOfPlace) {
        found.accept(t.name(i, end));
      }
      i = end;
    }
    lowerCaseNames(t, found);
  }

  /** The end of a run of name-like words, capitals and initials going on from {@code end}. */
  private int runEnd(String[] words, int end) {
    while (end < words.length
        && (vocab.nameLike(words[end])
            || NameWords.shortCaps(words[end])
            || vocab.innerInitial(words, end))) {
      end++;
    }
    return end;
  }

  /** Whether the capitalised run {@code [i, end)} is a name rather than a sentence's first word. */
  private boolean evidence(String[] words, int i, int end) {
    boolean single = end - i == 1;
    boolean actsLikeAName =
        end < words.length
            && (vocab.nameVerbs.contains(words[end].toLowerCase(Locale.ROOT))
                || vocab.followers.contains(words[end]));
    boolean knownName = vocab.knownNames.contains(words[i].toLowerCase(Locale.ROOT));
    boolean afterRole = i > 0 && vocab.roleOrTitle(words[i - 1]);
    boolean afterPlaceWord =
        i > 0
            && Character.isUpperCase(words[i - 1].charAt(0))
            && vocab.known(words[i - 1])
            && !vocab.roles.contains(words[i - 1].toLowerCase(Locale.ROOT));
    return !afterDate(words, i)
        && (!single
            || actsLikeAName
            || knownName
            || afterRole
            || !(NameWords.sentenceStart(words, i) || afterPlaceWord));
  }

  /** Whether the word at {@code i} follows a date ("3 May", "21st March"), so is a month. */
  private static boolean afterDate(String[] words, int i) {
    return i > 0
        && (Character.isDigit(words[i - 1].charAt(0))
            || (i > 1
                && NameWords.ORDINALS.contains(words[i - 1])
                && Character.isDigit(words[i - 2].charAt(0))));
  }

  /**
   * Lower-case names, which capitalisation cannot show: an unknown word after a title ("mrs begum")
   * or a family role ("dad florin popescu", "brother bartek"), or before a verb of telling or doing
   * at the start of a clause ("jayden kicked off", "says harjit was born").
   */
  private void lowerCaseNames(NameTokens t, Consumer<Finding> found) {
    String[] words = t.words();
    for (int i = 0; i < words.length; i++) {
      if (!vocab.unknownLower(words[i])) {
        continue;
      }
      int end = i + 1;
      while (end < words.length
          && end - i < 3
          && vocab.unknownLower(words[end])
          && !vocab.nameVerbs.contains(words[end])) {
        end++;
      }
      if (lowerCaseName(words, i, end)) {
        found.accept(t.name(i, end));
      }
      i = end - 1;
    }
  }

  /** Whether the unknown lower-case run {@code [i, end)} stands where a name stands. */
  private boolean lowerCaseName(String[] words, int i, int end) {
    String before = i == 0 ? "" : words[i - 1].toLowerCase(Locale.ROOT);
    boolean afterRole = vocab.titles.contains(before) || vocab.roles.contains(before);
    boolean clauseStart =
        i == 0 || NameWords.SENTENCE_BREAKS.contains(before) || vocab.clauseWords.contains(before);
    boolean beforeVerb =
        end < words.length
            && (vocab.nameVerbs.contains(words[end].toLowerCase(Locale.ROOT))
                || vocab.followers.contains(words[end]));
    boolean knownName = vocab.knownNames.contains(words[i]);
    boolean afterStrictRole =
        vocab.strictRoles.contains(before) && (beforeVerb || end == words.length);
    boolean afterContact =
        (vocab.contactWords.contains(before)
                || (before.equals("to") || before.equals("with"))
                    && i > 1
                    && vocab.talkingWords.contains(words[i - 2].toLowerCase(Locale.ROOT)))
            && (end == words.length
                || vocab.afterContact.contains(words[end].toLowerCase(Locale.ROOT)));
    return afterRole || afterStrictRole || afterContact || knownName || (clauseStart && beforeVerb);
  }

  /**
   * Widens each name to the unknown lower-case words right beside it ("rebin [karimi]", "priya
   * [sharma]"), since a name typed in lower case is often found one word at a time.
   */
  List<Finding> widen(String text, List<Finding> names) {
    NameTokens t = NameTokens.of(text);
    List<Finding> wide = new ArrayList<>(names.size());
    for (Finding name : names) {
      wide.add(widen(t, name));
    }
    return wide;
  }

  private Finding widen(NameTokens t, Finding name) {
    String[] words = t.words();
    List<int[]> spans = t.spans();
    int first = -1;
    int last = -1;
    for (int i = 0; i < spans.size(); i++) {
      if (spans.get(i)[1] > name.start() && spans.get(i)[0] < name.end()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return name;
    }
    while (first > 0 && first > last - 3 && vocab.lowerPart(words[first - 1])) {
      first--;
    }
    while (last + 1 < words.length && last - first < 3 && vocab.lowerPart(words[last + 1])) {
      last++;
    }
    return new Finding(
        Finding.Kind.NAME,
        Math.min(name.start(), spans.get(first)[0]),
        Math.max(name.end(), spans.get(last)[1]));
  }

  /** Reports the finder's span {@code [from, to)} when any of its words is unknown. */
  private void emit(NameTokens t, int from, int to, Consumer<Finding> found) {
    for (int i = from; i < to; i++) {
      String word = t.words()[i];
      if (Character.isLetter(word.charAt(0)) && !vocab.known(word)) {
        found.accept(t.name(from, to));
        return;
      }
    }
  }
}
