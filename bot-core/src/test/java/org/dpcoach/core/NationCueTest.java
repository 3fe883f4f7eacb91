package org.dpcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dpcoach.core.guard.HybridGuard;
import org.dpcoach.knowledge.Jurisdiction;
import org.dpcoach.knowledge.KnowledgeBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The person's own words name their nation, read from the redacted text as the engine sees it. */
class NationCueTest {
  static KnowledgeBase kb;
  static HybridGuard guard;

  @BeforeAll
  static void start() {
    kb = KnowledgeBase.loader().exampleEmployer(true).load();
    guard = HybridGuard.create(kb, Optional.of(Path.of("target/test-models")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I'm SSSC registered, can I accept a friend request from a parent?|scotland",
        "I work in Glasgow, is WhatsApp ok with care leavers?|scotland",
        "we're based in Lanarkshire and a mum added me on insta|scotland",
        "as a Welsh social worker can I use my own phone?|wales",
        "I work for Wrexham council and lost my laptop|wales",
        "i'm based in cardiff, what about video visits|wales",
        "NISCC says what about posting on facebook?|northern-ireland",
        "im a sw in Northern Ireland, can I like a petition|northern-ireland",
        "I work in Belfast for the Belfast HSC Trust|northern-ireland",
        "I'm registered with Social Work England, can I vent in a closed group|england",
        "I work in Manchester, a parent filmed me|england",
        "we're an English local authority, which policy applies|england",
      })
  void named_ownWordsAfterRedaction_giveTheNation(String message, String nation) {
    String redacted = guard.redact(message).redacted();

    assertThat(kb.nationCues().named(redacted)).as(redacted).contains(Jurisdiction.parse(nation));
  }

  /**
   * The held-out messages in {@code knowledge/eval/nation-cues.tsv} (written after the cues, never
   * used to write them): the share whose nation, or lack of one, is read right.
   */
  @Test
  void named_heldOutMessages_readRightAtLeast95InAHundred() throws java.io.IOException {
    List<String> rows =
        Files.readAllLines(Path.of("../knowledge/eval/nation-cues.tsv")).stream().skip(1).toList();
    List<String> wrong = new ArrayList<>();
    for (String row : rows) {
      String[] cols = row.split("\t");
      String expected = cols[2].strip();
      String got =
          kb.nationCues()
              .named(guard.redact(cols[1]).redacted())
              .map(Jurisdiction::id)
              .orElse("none");
      if (!got.equals(expected)) {
        wrong.add(cols[0] + " expected " + expected + ", read " + got);
      }
    }
    double accuracy = 1.0 - (double) wrong.size() / rows.size();
    System.out.printf(
        "nation cues, held out: %d messages, accuracy %.3f %s%n", rows.size(), accuracy, wrong);
    assertThat(accuracy).as(String.join("\n", wrong)).isGreaterThanOrEqualTo(0.95);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "is the SSSC code the same as Social Work England's standards?",
        "the family only speak Welsh, can I use a translation app?",
        "I typed his NI number into an email by mistake",
        "can you answer in English please",
        "can I accept a friend request from a parent?",
        "a family moved here from Scotland and the mum added me on facebook",
      })
  void named_noOrSeveralNations_givesNone(String message) {
    String redacted = guard.redact(message).redacted();

    assertThat(kb.nationCues().named(redacted)).as(redacted).isEmpty();
  }
}
