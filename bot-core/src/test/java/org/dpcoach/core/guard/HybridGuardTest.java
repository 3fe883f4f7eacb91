package org.dpcoach.core.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.dpcoach.knowledge.KnowledgeBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HybridGuardTest {
  static HybridGuard guard;

  @BeforeAll
  static void start() {
    KnowledgeBase kb = KnowledgeBase.loader().exampleEmployer(true).load();
    guard = HybridGuard.create(kb, Optional.of(Path.of("target/test-models")));
  }

  private static List<String> kinds(String text) {
    return guard.redact(text).findings().stream().map(f -> f.kind().id()).toList();
  }

  @Test
  void redact_everyKind_isReplacedByItsPlaceholder() {
    Redaction r =
        guard.redact(
            "Mr Haddad, DOB 03/04/2011, NHS no 943 476 5919, NI QQ 12 34 56 C, 22b Oak Road, LS6 2QT, 07700 900123, jo@example.com, NM-123456");
    assertThat(r.redacted())
        .isEqualTo(
            "Mr [NAME], DOB [DATE OF BIRTH], NHS no [NHS NUMBER], NI [NI NUMBER], [ADDRESS], [POSTCODE], [PHONE], [EMAIL], [CASE REF]");
  }

  @Test
  void redact_digitsSplitBySpacesDotsOrDashes_areFound() {
    assertThat(kinds("call 07700.900.123 or 07700-900-124 or 0 7 7 0 0 9 0 0 1 2 5"))
        .containsOnly("phone")
        .hasSize(3);
    assertThat(kinds("NHS number 943-476-5919")).containsExactly("nhs_number");
  }

  @Test
  void redact_zeroWidthAndLookAlikeCharacters_areSeenThrough() {
    Redaction zeroWidth = guard.redact("ring 07700\u200B900\u200C123 please");
    assertThat(zeroWidth.redacted()).isEqualTo("ring [PHONE] please");
    Redaction fullWidth = guard.redact("mobile ０７７００ ９００１２３");
    assertThat(fullWidth.redacted()).isEqualTo("mobile [PHONE]");
    Redaction cyrillic = guard.redact("email j\u043E@ex\u0430mple.com now");
    assertThat(cyrillic.redacted()).isEqualTo("email [EMAIL] now");
  }

  @Test
  void redact_lowerCaseNamesAfterContactOrRoleWords_areFound() {
    for (String text :
        List.of(
            "spoke to tomasz today about his fb",
            "met with jade and her mum at school",
            "i emailed agnieszka yesterday",
            "my manager sarah says its fine",
            "can i add my friend kayleigh on insta")) {
      assertThat(kinds(text)).as(text).containsExactly("name");
    }
  }

  @Test
  void redact_verbsAfterRolesAndToBeforeAVerb_areNotNames() {
    for (String text :
        List.of(
            "the IRO escalated a care plan",
            "her ex tracked her with an airtag",
            "my supervisor agreed it",
            "Will the IRO chair the review if the YP refuses to attend?",
            "Is a 12 year old Gillick competent to consent to contraception?",
            "talked to the school about it")) {
      assertThat(guard.redact(text).findings()).as(text).isEmpty();
    }
  }

  @Test
  void redact_trapWords_areNotNames() {
    for (String text :
        List.of(
            "Can Mum add me on Facebook or WhatsApp?",
            "Is the Care Act 2014 or the Children Act 1989 s47 relevant?",
            "Social Work England standard 5.6 and SSSC 5.4 both apply, says BASW",
            "ICPC on 12/03 at 10:30 then a review on 3 March 2026",
            "My YP and her Nan use TikTok and Snapchat every Monday")) {
      assertThat(guard.redact(text).findings()).as(text).isEmpty();
    }
  }

  @Test
  void redact_randomTenDigitNumbersWithoutContext_atMostOnePercentFlagged() {
    Random random = new Random(7);
    int flagged = 0;
    for (int i = 0; i < 100_000; i++) {
      String digits = String.format("%010d", Math.floorMod(random.nextLong(), 10_000_000_000L));
      if (guard.redact("the number is " + digits + " ok").foundAny()) {
        flagged++;
      }
    }
    assertThat(flagged).isLessThanOrEqualTo(1_000);
  }

  @Test
  void redact_hostileInput_neverThrowsAndKeepsLength() {
    Random random = new Random(11);
    for (int i = 0; i < 300; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(4_000);
      for (int k = 0; k < length; k++) {
        text.appendCodePoint(
            random.nextInt(10) < 7 ? 32 + random.nextInt(95) : random.nextInt(0x2FFFF));
      }
      Redaction r = guard.redact(text.toString());
      assertThat(r.redacted()).isNotNull();
      r.findings().forEach(f -> assertThat(f.end()).isLessThanOrEqualTo(text.length()));
    }
    assertThat(guard.redact("x".repeat(4_000) + " 07700 900123").redacted()).endsWith("[PHONE]");
  }

  @Test
  void validNhsNumber_modulusElevenCheck() {
    assertThat(PatternDetectors.validNhsNumber("9434765919")).isTrue();
    assertThat(PatternDetectors.validNhsNumber("9434765918")).isFalse();
  }
}
