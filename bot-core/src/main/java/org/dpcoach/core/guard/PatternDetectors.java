package org.dpcoach.core.guard;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dpcoach.knowledge.GuardData;

/**
 * The pattern detectors: e-mail addresses, UK phone numbers, postcodes, NHS numbers (Modulus 11 and
 * a context word), National Insurance numbers, street addresses, dates of birth (a date with birth
 * context), named schools and care homes, and the employer's case references.
 */
final class PatternDetectors {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String SEP = "[\\s.\\-]?";
  private static final Pattern EMAIL = Pattern.compile("[\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+", CI);
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\w+])(?:\\+44\\s?(?:\\(0\\)\\s?)?\\d(?:[\\s.\\-)]{0,2}\\d){9}|\\(?0[\\s.\\-)]{0,2}\\d(?:[\\s.\\-)]{0,2}\\d){9})(?!\\d)");
  private static final Pattern POSTCODE =
      Pattern.compile("\\b(?:[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?)\\s?\\d[ABD-HJLNP-UW-Z]{2}\\b", CI);
  private static final Pattern TEN_DIGITS =
      Pattern.compile(
          "(?<![\\d])\\d{3}" + SEP + "\\d{3}" + SEP + "\\d{4}(?![\\d])|(?<![\\d])\\d{10}(?![\\d])");
  private static final Pattern NI_NUMBER =
      Pattern.compile("\\b[A-Z]{2}\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[A-D]\\b", CI);
  private static final Pattern ADDRESS =
      Pattern.compile(
          "\\b(?:(?i:flat|apartment|apt|unit|room)\\s+\\d+[a-zA-Z]?,?\\s+)?\\d{1,4}[a-zA-Z]?,?\\s+(?:[A-Z][\\p{L}'’-]+\\s+){1,3}"
              + "(?i:street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|court|ct|place|pl|grove|terrace|gardens|gdns|walk|hill|row|mews|square|sq|view|park|rise|parade|green|vale)\\b\\.?",
          Pattern.UNICODE_CASE);
  private static final Pattern BUILDING =
      Pattern.compile(
          "\\b(?i:flat|apartment|apt|unit|room)\\s+\\d+[a-zA-Z]?,?\\s+(?:[A-Z][\\p{L}'’-]+\\s+){1,3}(?i:house|court|lodge|building|tower|mansions|point|heights),?\\s+\\d{1,4}[a-zA-Z]?\\s+(?:[A-Z][\\p{L}'’-]+\\s*){1,3}",
          Pattern.UNICODE_CASE);
  private static final Pattern WELSH_STREET =
      Pattern.compile(
          "\\b\\d{1,4}[a-zA-Z]?,?\\s+(?i:heol|ffordd|stryd|lon|rhodfa)\\s+(?:[\\p{L}'’-]+\\s*){1,3}?(?=,|\\s*$|\\s+[A-Z]{1,2}\\d)",
          Pattern.UNICODE_CASE);
  private static final Pattern BEFORE_POSTCODE =
      Pattern.compile(
          "\\b\\d{1,4}[a-zA-Z]?,?\\s+(?:[A-Z][\\p{L}'’-]+\\s*){1,3}(?=,?\\s*(?:[A-Z][\\p{L}]+,?\\s+)?[A-Za-z]{1,2}\\d[A-Za-z\\d]?\\s?\\d[A-Za-z]{2}\\b)",
          Pattern.UNICODE_CASE);
  private static final Pattern DATE =
      Pattern.compile(
          "\\b(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
              + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{2,4})\\b",
          CI);

  private final Pattern nhsContext;
  private final Pattern dobContext;
  private final Pattern school;
  private final List<Pattern> caseRefs;
  private final Pattern caseRefAfterContext;
  private final Pattern caseSystem;

  /** A bare identifier: five digits or more (maybe lettered), or digits joined by '-' or '/'. */
  private static final Pattern BARE_ID =
      Pattern.compile(
          "(?<![\\w/-])(?:[A-Za-z]{1,3}-?)?\\d{5,}(?:-[A-Za-z0-9]{1,3})?(?![\\w/-])"
              + "|(?<![\\w/-])\\d{2,4}[/-]\\d{3,}(?![\\w/-])");

  /**
   * Letter-digit identifiers of case-management shape without a context word: "AB/23/00912",
   * "SW/2024/1187", "CF-204511" (capital letters, then at least four digits in all).
   */
  private static final Pattern CASE_REF_SHAPE =
      Pattern.compile(
          "\\b[A-Z]{1,4}[/-]\\d{2,4}[/-]\\d{3,}\\b|\\b[A-Z]{2,4}-\\d{2}-\\d{4,}\\b"
              + "|\\b[A-Z]{2,4}-\\d{5,}\\b");

  PatternDetectors(GuardData data, List<String> caseRefPatterns) {
    this.nhsContext =
        Pattern.compile("(?:^|\\W)(?:" + String.join("|", data.nhsContext()) + ")(?:\\W|$)", CI);
    this.dobContext =
        Pattern.compile("(?:^|\\W)(?:" + String.join("|", data.dobContext()) + ")(?:\\W|$)", CI);
    String suffixes =
        data.schoolSuffixes().stream()
            .map(s -> s.replace("'", "['’]?").replace(" ", "\\s+"))
            .collect(Collectors.joining("|"));
    this.school =
        Pattern.compile(
            "\\b(?:(?:St\\.?|Saint)\\s+)?(?:[A-Z][\\p{L}'’\\-]*\\s+){1,4}(?i:" + suffixes + ")\\b",
            Pattern.UNICODE_CASE);
    this.caseRefs = caseRefPatterns.stream().map(p -> Pattern.compile(p, CI)).toList();
    // A context word, optional "id/no./number/ref" and ":" or "#", then one identifier with at
    // least three digits (letters, digits, '/' and '-' joined, or digits in up to three groups).
    this.caseRefAfterContext =
        Pattern.compile(
            "(?:^|[^\\p{L}\\d])(?:"
                + String.join("|", data.caseRefContext())
                + ")\\s*(?:(?:id|no\\.?|num(?:ber)?|ref(?:erence)?|#)\\s*){0,2}[:#.]?\\s*"
                + "((?=[A-Za-z0-9/-]*\\d[A-Za-z0-9/-]*\\d[A-Za-z0-9/-]*\\d)"
                + "[A-Za-z]{0,4}\\d[A-Za-z0-9]*(?:[/-][A-Za-z0-9]+)*(?:\\s\\d{3,4}){0,2})\\b",
            CI);
    this.caseSystem =
        Pattern.compile(
            "(?:^|[^\\p{L}\\d])(?:" + String.join("|", data.caseSystems()) + ")(?:[^\\p{L}]|$)",
            CI);
  }

  /**
   * In a message that names a case-management system, its bare identifiers (not a phone number or a
   * date).
   */
  private void caseRefsNearSystem(String text, Consumer<Finding> found) {
    if (!caseSystem.matcher(text).find()) {
      return;
    }
    Matcher m = BARE_ID.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (!covered(PHONE, text, start, end) && !covered(DATE, text, start, end)) {
        found.accept(new Finding(Finding.Kind.CASE_REF, start, end));
      }
    }
  }

  private static boolean covered(Pattern pattern, String text, int start, int end) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      if (m.start() <= start && end <= m.end()) {
        return true;
      }
    }
    return false;
  }

  void find(String text, Consumer<Finding> found) {
    matches(EMAIL, text, Finding.Kind.EMAIL, found);
    caseRefs.forEach(p -> matches(p, text, Finding.Kind.CASE_REF, found));
    caseRefsAfterContext(text, found);
    caseRefsNearSystem(text, found);
    matches(CASE_REF_SHAPE, text, Finding.Kind.CASE_REF, found);
    nhsNumbers(text, found);
    matches(PHONE, text, Finding.Kind.PHONE, found);
    matches(NI_NUMBER, text, Finding.Kind.NI_NUMBER, found);
    matches(POSTCODE, text, Finding.Kind.POSTCODE, found);
    matches(BUILDING, text, Finding.Kind.ADDRESS, found);
    matches(ADDRESS, text, Finding.Kind.ADDRESS, found);
    matches(WELSH_STREET, text, Finding.Kind.ADDRESS, found);
    matches(BEFORE_POSTCODE, text, Finding.Kind.ADDRESS, found);
    datesOfBirth(text, found);
    matches(school, text, Finding.Kind.SCHOOL, found);
  }

  private static void matches(
      Pattern pattern, String text, Finding.Kind kind, Consumer<Finding> found) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.accept(new Finding(kind, m.start(), m.end()));
    }
  }

  private void caseRefsAfterContext(String text, Consumer<Finding> found) {
    Matcher m = caseRefAfterContext.matcher(text);
    while (m.find()) {
      found.accept(new Finding(Finding.Kind.CASE_REF, m.start(1), m.end(1)));
    }
  }

  private void nhsNumbers(String text, Consumer<Finding> found) {
    Matcher m = TEN_DIGITS.matcher(text);
    while (m.find()) {
      String digits = m.group().replaceAll("\\D", "");
      if (validNhsNumber(digits) && near(nhsContext, text, m.start(), m.end(), 40)) {
        found.accept(new Finding(Finding.Kind.NHS_NUMBER, m.start(), m.end()));
      }
    }
  }

  private void datesOfBirth(String text, Consumer<Finding> found) {
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      if (near(dobContext, text, m.start(), m.end(), 30)) {
        found.accept(new Finding(Finding.Kind.DOB, m.start(), m.end()));
      }
    }
  }

  private static boolean near(Pattern context, String text, int start, int end, int reach) {
    int from = Math.max(0, start - reach);
    int to = Math.min(text.length(), end + reach / 2);
    return context.matcher(text.substring(from, start)).find()
        || context.matcher(text.substring(end, to)).find();
  }

  /** The NHS number Modulus 11 check on ten digits. */
  static boolean validNhsNumber(String digits) {
    if (digits.length() != 10) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == digits.charAt(9) - '0';
  }
}
