package org.dpcoach.core.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A guard built from patterns: e-mail addresses, UK phone numbers, postcodes, NHS numbers
 * (Modulus 11 checked, with context), National Insurance numbers, street addresses, dates of
 * birth, titled names and the employer's case-reference formats.
 */
public final class RuleBasedGuard implements PersonalDataGuard {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern EMAIL =
      Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+", FLAGS);
  private static final Pattern PHONE =
      Pattern.compile("(?<![\\w+])(?:\\+44[\\s.-]?\\(?0?\\)?|\\(?0)(?:[\\s.-]?\\d\\)?){9,10}(?!\\d)");
  private static final Pattern POSTCODE =
      Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b", FLAGS);
  private static final Pattern TEN_DIGITS = Pattern.compile("(?<!\\d)(?:\\d[\\s.-]?){9}\\d(?!\\d)");
  private static final Pattern NHS_CONTEXT = Pattern.compile("\\b(nhs|chi|patient|hospital|gp)\\b", FLAGS);
  private static final Pattern NI_NUMBER =
      Pattern.compile("\\b[A-CEGHJ-PR-TW-Z]{2}\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[A-D]\\b", FLAGS);
  private static final Pattern ADDRESS =
      Pattern.compile(
          "\\b(?:(?:flat|apartment|unit)\\s+\\d+[a-z]?,?\\s+)?\\d{1,4}[a-z]?,?\\s+(?:[A-Z][a-z]+\\s+){1,3}"
              + "(?:street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|way|crescent|court|place|grove|terrace|gardens|walk|hill|row)\\b",
          Pattern.UNICODE_CASE);
  private static final Pattern DOB =
      Pattern.compile(
          "\\b(?:dob|d\\.o\\.b\\.?|born(?: on)?|date of birth)[:\\s]*"
              + "(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)?\\s+[a-z]{3,9}\\s+\\d{4})",
          FLAGS);
  private static final Pattern TITLED_NAME =
      Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+[A-Z][\\p{L}'-]+(?:\\s+[A-Z][\\p{L}'-]+)?");

  private final List<Pattern> caseRefs;

  /** A guard that also finds the given case-reference patterns. */
  public RuleBasedGuard(List<String> caseRefPatterns) {
    this.caseRefs = caseRefPatterns.stream().map(p -> Pattern.compile(p, FLAGS)).toList();
  }

  @Override
  public Redaction redact(String text) {
    if (text == null || text.isEmpty()) {
      return new Redaction("", List.of());
    }
    List<Finding> found = new ArrayList<>();
    find(EMAIL, text, Finding.Kind.EMAIL, found);
    for (Pattern ref : caseRefs) {
      find(ref, text, Finding.Kind.CASE_REF, found);
    }
    findNhsNumbers(text, found);
    find(PHONE, text, Finding.Kind.PHONE, found);
    find(NI_NUMBER, text, Finding.Kind.NI_NUMBER, found);
    find(POSTCODE, text, Finding.Kind.POSTCODE, found);
    find(ADDRESS, text, Finding.Kind.ADDRESS, found);
    Matcher dob = DOB.matcher(text);
    while (dob.find()) {
      found.add(new Finding(Finding.Kind.DOB, dob.start(1), dob.end(1)));
    }
    find(TITLED_NAME, text, Finding.Kind.NAME, found);
    return apply(text, found);
  }

  private static void find(Pattern pattern, String text, Finding.Kind kind, List<Finding> found) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(new Finding(kind, m.start(), m.end()));
    }
  }

  private static void findNhsNumbers(String text, List<Finding> found) {
    Matcher m = TEN_DIGITS.matcher(text);
    boolean context = NHS_CONTEXT.matcher(text).find();
    while (m.find()) {
      String digits = m.group().replaceAll("\\D", "");
      if (context && validNhsNumber(digits)) {
        found.add(new Finding(Finding.Kind.NHS_NUMBER, m.start(), m.end()));
      }
    }
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
    check = check == 11 ? 0 : check;
    return check != 10 && check == digits.charAt(9) - '0';
  }

  private static Redaction apply(String text, List<Finding> found) {
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
}
