package org.dpcoach.core.guard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  private static final Pattern TOKEN =
      Pattern.compile(
          "\\p{L}[\\p{L}\\p{M}]*(?:['’]\\p{L}{2,}[\\p{L}\\p{M}]*)*(?:-\\p{L}[\\p{L}\\p{M}]*)*|\\d+|['’]s\\b|\\S");
  private static final Set<String> SENTENCE_BREAKS =
      Set.of(".", "!", "?", ":", ";", "(", "[", "\"", "“", "-");

  /** Words after which a clause starts with its subject ("says harjit was born"). */
  private static final Set<String> CLAUSE_WORDS =
      Set.of(",", "and", "but", "says", "said", "that", "because", "when", "if", "so");

  /** Words of contact with a person, before their name ("saw bob", "emailed agnieszka"). */
  private static final Set<String> CONTACT_WORDS =
      Set.of(
          "saw",
          "met",
          "visited",
          "phoned",
          "rang",
          "texted",
          "messaged",
          "emailed",
          "called",
          "told",
          "asked");

  /**
   * Words of talking that make a following {@code to} or {@code with} a contact word ("spoke to
   * tomasz", "met with jade"); alone, {@code to} is too often the start of a verb.
   */
  private static final Set<String> TALKING_WORDS =
      Set.of(
          "met",
          "meet",
          "meeting",
          "spoke",
          "spoken",
          "speak",
          "speaking",
          "talked",
          "talk",
          "talking",
          "chatted",
          "chat",
          "chatting",
          "wrote",
          "write",
          "writing",
          "explained",
          "replied",
          "sent",
          "introduced",
          "listened");

  /**
   * Words that end the phrase after a person's name ("spoke to tomasz today", "met with jade and
   * her mum"); with a contact word before, an unknown word between them is a name.
   */
  private static final Set<String> AFTER_CONTACT =
      Set.of(
          ".",
          ",",
          "!",
          "?",
          ";",
          ":",
          "today",
          "yesterday",
          "earlier",
          "tonight",
          "tomorrow",
          "about",
          "on",
          "at",
          "and",
          "again",
          "last",
          "this",
          "who",
          "because",
          "after",
          "before",
          "over",
          "via",
          "re",
          "regarding");

  /** Tokens that, after a capitalised word at the start of a sentence, show it is a name. */
  private static final Set<String> NAME_FOLLOWERS =
      Set.of("and", "(", ",", "from", "'s", "’s", "&", "dob", "ni", "nhs", "–", "—", "-", ":");

  private static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th");

  private final ThreadLocal<NameFinderME> finder;
  private final Set<String> notNames;
  private final Set<String> titles;
  private final Set<String> commonWords;
  private final Set<String> nameVerbs;
  private final Set<String> roles;
  private final Set<String> strictRoles;
  private final Set<String> knownNames;

  private NameDetector(TokenNameFinderModel model, GuardData data, Set<String> commonWords) {
    this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
    this.notNames = data.notNames();
    this.titles = Set.copyOf(data.nameTitles());
    this.commonWords = commonWords;
    this.nameVerbs = Set.copyOf(data.nameVerbs());
    this.roles = Set.copyOf(data.nameRoles());
    this.strictRoles = Set.copyOf(data.nameRolesStrict());
    this.knownNames = knownNames(data.nameSentences());
  }

  /**
   * A detector whose name finder is trained on the knowledge's sentences, or loaded from the cache.
   */
  static NameDetector create(GuardData data, Set<String> commonWords, Optional<Path> cache) {
    return new NameDetector(NameModelStore.model(data.nameSentences(), cache), data, commonWords);
  }

  /** Every word tagged as part of a person's name in the training sentences, lower case. */
  private static Set<String> knownNames(List<String> sentences) {
    Set<String> names = new java.util.HashSet<>();
    Matcher m = Pattern.compile("<START:person>(.*?)<END>").matcher("");
    for (String sentence : sentences) {
      m.reset(sentence);
      while (m.find()) {
        for (String word : m.group(1).trim().split("\\s+")) {
          names.add(word.toLowerCase(Locale.ROOT));
        }
      }
    }
    return Set.copyOf(names);
  }

  void find(String text, Consumer<Finding> found) {
    List<int[]> spans = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
      spans.add(new int[] {m.start(), m.end()});
    }
    if (tokens.isEmpty()) {
      return;
    }
    String[] words = tokens.toArray(String[]::new);
    // The finder's spans only count where a word is unknown (see emit), so a message of known
    // words alone needs no run of the finder.
    boolean anyUnknown = false;
    for (String word : words) {
      anyUnknown |= Character.isLetter(word.charAt(0)) && !known(word);
    }
    if (anyUnknown) {
      NameFinderME me = finder.get();
      for (Span span : me.find(words)) {
        emit(words, spans, span.getStart(), span.getEnd(), found);
      }
      me.clearAdaptiveData();
    }
    properNouns(words, spans, found);
    for (int i = 0; i + 1 < words.length; i++) {
      if (titles.contains(words[i].toLowerCase(Locale.ROOT)) && capitalised(words[i + 1])) {
        int end = i + 2;
        if (end < words.length && capitalised(words[end])) {
          end++;
        }
        emit(words, spans, i + 1, end, found);
      }
    }
  }

  /**
   * Runs of capitalised words that are neither common words of the knowledge nor listed as never
   * names, with initials ("J. Walsh", "Leon A-R") kept with the name they belong to.
   */
  private void properNouns(String[] words, List<int[]> spans, Consumer<Finding> found) {
    int i = 0;
    while (i < words.length) {
      int end = i;
      if (initial(words, end) && end + 2 < words.length && nameLike(words[end + 2])) {
        end += 2;
      }
      if (!nameLike(words[end])) {
        i++;
        continue;
      }
      end++;
      while (end < words.length
          && (nameLike(words[end]) || shortCaps(words[end]) || innerInitial(words, end))) {
        end++;
      }
      boolean partOfPlace =
          end < words.length && Character.isUpperCase(words[end].charAt(0)) && known(words[end]);
      boolean single = end - i == 1;
      boolean actsLikeAName =
          end < words.length
              && (nameVerbs.contains(words[end].toLowerCase(Locale.ROOT))
                  || NAME_FOLLOWERS.contains(words[end]));
      boolean knownName = knownNames.contains(words[i].toLowerCase(Locale.ROOT));
      boolean afterRole =
          i > 0
              && (roles.contains(words[i - 1].toLowerCase(Locale.ROOT))
                  || titles.contains(words[i - 1].toLowerCase(Locale.ROOT)));
      boolean afterPlaceWord =
          i > 0
              && Character.isUpperCase(words[i - 1].charAt(0))
              && known(words[i - 1])
              && !roles.contains(words[i - 1].toLowerCase(Locale.ROOT));
      boolean afterDate =
          i > 0
              && (Character.isDigit(words[i - 1].charAt(0))
                  || (i > 1
                      && ORDINALS.contains(words[i - 1])
                      && Character.isDigit(words[i - 2].charAt(0))));
      boolean evidence =
          !afterDate
              && (!single
                  || actsLikeAName
                  || knownName
                  || afterRole
                  || !(sentenceStart(words, i) || afterPlaceWord));
      if (evidence && !partOfPlace) {
        found.accept(new Finding(Finding.Kind.NAME, spans.get(i)[0], spans.get(end - 1)[1]));
      }
      i = end;
    }
    lowerCaseNames(words, spans, found);
  }

  /**
   * Lower-case names, which capitalisation cannot show: an unknown word after a title ("mrs begum")
   * or a family role ("dad florin popescu", "brother bartek"), or before a verb of telling or doing
   * at the start of a clause ("jayden kicked off", "says harjit was born").
   */
  private void lowerCaseNames(String[] words, List<int[]> spans, Consumer<Finding> found) {
    for (int i = 0; i < words.length; i++) {
      if (!unknownLower(words[i])) {
        continue;
      }
      int end = i + 1;
      while (end < words.length
          && end - i < 3
          && unknownLower(words[end])
          && !nameVerbs.contains(words[end])) {
        end++;
      }
      String before = i == 0 ? "" : words[i - 1].toLowerCase(Locale.ROOT);
      boolean afterRole = titles.contains(before) || roles.contains(before);
      boolean clauseStart =
          i == 0 || SENTENCE_BREAKS.contains(before) || CLAUSE_WORDS.contains(before);
      boolean beforeVerb =
          end < words.length
              && (nameVerbs.contains(words[end].toLowerCase(Locale.ROOT))
                  || NAME_FOLLOWERS.contains(words[end]));
      boolean knownName = knownNames.contains(words[i]);
      boolean afterStrictRole = strictRoles.contains(before) && (beforeVerb || end == words.length);
      boolean afterContact =
          (CONTACT_WORDS.contains(before)
                  || (before.equals("to") || before.equals("with"))
                      && i > 1
                      && TALKING_WORDS.contains(words[i - 2].toLowerCase(Locale.ROOT)))
              && (end == words.length
                  || AFTER_CONTACT.contains(words[end].toLowerCase(Locale.ROOT)));
      if (afterRole
          || afterStrictRole
          || afterContact
          || knownName
          || (clauseStart && beforeVerb)) {
        found.accept(new Finding(Finding.Kind.NAME, spans.get(i)[0], spans.get(end - 1)[1]));
      }
      i = end - 1;
    }
  }

  /**
   * Widens each name to the unknown lower-case words right beside it ("rebin [karimi]", "priya
   * [sharma]"), since a name typed in lower case is often found one word at a time.
   */
  List<Finding> widen(String text, List<Finding> names) {
    List<int[]> spans = new ArrayList<>();
    List<String> words = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      words.add(m.group());
      spans.add(new int[] {m.start(), m.end()});
    }
    List<Finding> wide = new ArrayList<>(names.size());
    for (Finding name : names) {
      int first = -1;
      int last = -1;
      for (int i = 0; i < spans.size(); i++) {
        if (spans.get(i)[1] > name.start() && spans.get(i)[0] < name.end()) {
          first = first < 0 ? i : first;
          last = i;
        }
      }
      if (first < 0) {
        wide.add(name);
        continue;
      }
      while (first > 0 && first > last - 3 && lowerPart(words.get(first - 1))) {
        first--;
      }
      while (last + 1 < words.size() && last - first < 3 && lowerPart(words.get(last + 1))) {
        last++;
      }
      wide.add(
          new Finding(
              Finding.Kind.NAME,
              Math.min(name.start(), spans.get(first)[0]),
              Math.max(name.end(), spans.get(last)[1])));
    }
    return wide;
  }

  private boolean lowerPart(String w) {
    return w.length() >= 2
        && Character.isLowerCase(w.charAt(0))
        && w.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '’')
        && !known(w);
  }

  private boolean unknownLower(String w) {
    return w.length() > 2
        && Character.isLowerCase(w.charAt(0))
        && w.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '’')
        && !known(w);
  }

  private boolean known(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String singular = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    return notNames.contains(lower)
        || notNames.contains(lower + "'s")
        || notNames.contains(singular)
        || commonWords.contains(lower)
        || commonWords.contains(singular)
        || titles.contains(lower);
  }

  private static boolean sentenceStart(String[] words, int i) {
    return i == 0 || SENTENCE_BREAKS.contains(words[i - 1]);
  }

  private static boolean initial(String[] words, int i) {
    return i + 1 < words.length
        && words[i].length() == 1
        && Character.isUpperCase(words[i].charAt(0))
        && words[i + 1].equals(".");
  }

  private boolean innerInitial(String[] words, int i) {
    return words[i].length() == 1
        && Character.isUpperCase(words[i].charAt(0))
        && i + 1 < words.length
        && nameLike(words[i + 1]);
  }

  private static boolean shortCaps(String word) {
    return word.length() <= 3
        && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '-')
        && word.length() > 1;
  }

  private boolean nameLike(String word) {
    if (word.length() < 2
        || !Character.isUpperCase(word.charAt(0))
        || !Character.isLetter(word.charAt(word.length() - 1))) {
      return false;
    }
    long upper = word.chars().filter(Character::isUpperCase).count();
    long lower = word.chars().filter(Character::isLowerCase).count();
    if (lower == 0 || upper > lower || (upper >= 2 && word.length() <= 5)) {
      return false;
    }
    return !known(word);
  }

  private void emit(String[] words, List<int[]> spans, int from, int to, Consumer<Finding> found) {
    boolean anyName = false;
    for (int i = from; i < to; i++) {
      String lower = words[i].toLowerCase(Locale.ROOT);
      if (Character.isLetter(words[i].charAt(0)) && !known(words[i])) {
        anyName = true;
      }
    }
    if (anyName) {
      found.accept(new Finding(Finding.Kind.NAME, spans.get(from)[0], spans.get(to - 1)[1]));
    }
  }

  private boolean capitalised(String word) {
    return Character.isUpperCase(word.charAt(0))
        && word.length() > 1
        && !notNames.contains(word.toLowerCase(Locale.ROOT));
  }
}
