package org.dpcoach.core.guard;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpcoach.knowledge.GuardData;

/**
 * The words the name detector weighs, from the knowledge's guard data: what is known (never a name
 * on its own), the cues around a name, and the shapes a name's words take.
 */
final class NameWords {
  /** Tokens after which a new sentence starts. */
  static final Set<String> SENTENCE_BREAKS =
      Set.of(".", "!", "?", ":", ";", "(", "[", "\"", "“", "-");

  static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th");

  final Set<String> titles;
  final Set<String> nameVerbs;
  final Set<String> roles;
  final Set<String> strictRoles;
  final Set<String> knownNames;
  final Set<String> clauseWords;
  final Set<String> contactWords;
  final Set<String> talkingWords;
  final Set<String> afterContact;
  final Set<String> followers;
  private final Set<String> notNames;
  private final Set<String> commonWords;

  NameWords(GuardData data, Set<String> commonWords) {
    this.notNames = data.notNames();
    this.commonWords = commonWords;
    this.titles = Set.copyOf(data.nameTitles());
    this.nameVerbs = Set.copyOf(data.nameVerbs());
    this.roles = Set.copyOf(data.nameRoles());
    this.strictRoles = Set.copyOf(data.nameRolesStrict());
    this.knownNames = knownNames(data.nameSentences());
    this.clauseWords = Set.copyOf(data.nameClauseWords());
    this.contactWords = Set.copyOf(data.nameContactWords());
    this.talkingWords = Set.copyOf(data.nameTalkingWords());
    this.afterContact = Set.copyOf(data.nameAfterContact());
    this.followers = Set.copyOf(data.nameFollowers());
  }

  /** Every word tagged as part of a person's name in the training sentences, lower case. */
  private static Set<String> knownNames(List<String> sentences) {
    Set<String> names = new HashSet<>();
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

  /** Whether the word is the knowledge's own (never a name), or a title. */
  boolean known(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String singular = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    return notNames.contains(lower)
        || notNames.contains(lower + "'s")
        || notNames.contains(singular)
        || commonWords.contains(lower)
        || commonWords.contains(singular)
        || titles.contains(lower);
  }

  /** Whether the lower-cased word is a role or title, after which a word is a name. */
  boolean roleOrTitle(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return roles.contains(lower) || titles.contains(lower);
  }

  /** An unknown lower-case word of two letters or more, which may be part of a name. */
  boolean lowerPart(String w) {
    return w.length() >= 2 && lowerLetters(w) && !known(w);
  }

  /** An unknown lower-case word of three letters or more, which may be a name. */
  boolean unknownLower(String w) {
    return w.length() > 2 && lowerLetters(w) && !known(w);
  }

  private static boolean lowerLetters(String w) {
    return Character.isLowerCase(w.charAt(0))
        && w.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '’');
  }

  static boolean sentenceStart(String[] words, int i) {
    return i == 0 || SENTENCE_BREAKS.contains(words[i - 1]);
  }

  static boolean initial(String[] words, int i) {
    return i + 1 < words.length
        && words[i].length() == 1
        && Character.isUpperCase(words[i].charAt(0))
        && words[i + 1].equals(".");
  }

  boolean innerInitial(String[] words, int i) {
    return words[i].length() == 1
        && Character.isUpperCase(words[i].charAt(0))
        && i + 1 < words.length
        && nameLike(words[i + 1]);
  }

  static boolean shortCaps(String word) {
    return word.length() <= 3
        && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '-')
        && word.length() > 1;
  }

  /** A capitalised, mostly lower-case word the knowledge does not know. */
  boolean nameLike(String word) {
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

  /** A capitalised word (after a title) that is not listed as never a name. */
  boolean capitalised(String word) {
    return Character.isUpperCase(word.charAt(0))
        && word.length() > 1
        && !notNames.contains(word.toLowerCase(Locale.ROOT));
  }
}
