package org.dpcoach.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @TempDir Path temp;

  private Path copyOfEmbedded() throws IOException {
    return KnowledgeCopies.embedded(temp);
  }

  private static Path heldOut() {
    return Path.of("eval/heldout.tsv");
  }

  @Test
  void load_embeddedWithHeldOut_hasNoErrorsAndCoversEveryRequiredTopic() {
    KnowledgeBase kb =
        KnowledgeBase.loader().today(TODAY).heldOut(heldOut()).exampleEmployer(true).load();
    assertThat(kb.report().hasErrors()).isFalse();
    assertThat(kb.topics()).hasSizeGreaterThanOrEqualTo(23);
    assertThat(kb.entry("out-of-scope").orElseThrow().questions()).hasSizeGreaterThanOrEqualTo(150);
    kb.topics().forEach(t -> assertThat(t.questionCount()).as(t.id()).isGreaterThanOrEqualTo(40));
    assertThat(kb.employer()).isPresent();
  }

  @Test
  void topics_everyTopic_citesARegulatorForEnglandAndScotlandOrAUkDocument() {
    KnowledgeBase kb = KnowledgeBase.loader().today(TODAY).load();
    for (Topic t : kb.topics()) {
      assertThat(t.sourcesFor(Jurisdiction.ENGLAND)).as(t.id()).isNotEmpty();
      assertThat(t.sourcesFor(Jurisdiction.SCOTLAND)).as(t.id()).isNotEmpty();
      assertThat(t.sourcesFor(Jurisdiction.SCOTLAND))
          .as(t.id())
          .noneMatch(s -> s.document().id().equals("swe-ps-2019"));
      assertThat(t.sourcesFor(Jurisdiction.ENGLAND))
          .as(t.id())
          .noneMatch(s -> s.document().id().equals("sssc-cop"));
      assertThat(t.jurisdictionNotes()).as(t.id()).containsKeys(Jurisdiction.values());
    }
  }

  @Test
  void validate_missingSummary_reportsFileAndLine() throws IOException {
    Path kb = copyOfEmbedded();
    Path file = kb.resolve("topics/friend-requests.yaml");
    List<String> lines = Files.readAllLines(file);
    Files.write(
        file,
        lines.stream()
            .map(l -> l.startsWith("summary:") ? "summery:" + l.substring(8) : l)
            .toList());

    ValidationReport report = KnowledgeBase.loader().kbDirectory(kb).today(TODAY).validate();

    assertThat(report.hasErrors()).isTrue();
    assertThat(report.problems())
        .anySatisfy(
            p -> {
              assertThat(p.file()).isEqualTo("topics/friend-requests.yaml");
              assertThat(p.message()).isEqualTo("missing field 'summary'");
            });
  }

  @Test
  void validate_duplicateQuestionAndUnknownRelated_reportedWithLines() throws IOException {
    Path kb = copyOfEmbedded();
    Path file = kb.resolve("topics/messaging-apps.yaml");
    String text = Files.readString(file);
    String first =
        KnowledgeBase.loader()
            .kbDirectory(kb)
            .today(TODAY)
            .load()
            .entry("friend-requests")
            .orElseThrow()
            .questions()
            .get(0);
    text =
        text.replaceFirst(
            "questions:\\s*\\n", "questions:\n  - \"" + first.replace("\"", "\\\\\"") + "\"\n");
    text = text.replaceFirst("related:\\s*\\[", "related: [no-such-topic, ");
    Files.writeString(file, text);

    ValidationReport report = KnowledgeBase.loader().kbDirectory(kb).today(TODAY).validate();

    assertThat(report.problems())
        .anySatisfy(
            p ->
                assertThat(p.message())
                    .startsWith("duplicate training question (first at topics/"));
    assertThat(report.problems())
        .anySatisfy(
            p -> {
              assertThat(p.file()).isEqualTo("topics/messaging-apps.yaml");
              assertThat(p.message()).isEqualTo("unknown topic id 'no-such-topic'");
              assertThat(p.line()).isGreaterThan(1);
            });
  }

  @Test
  void validate_trainingQuestionInHeldOut_isAnError() throws IOException {
    Path tsv = temp.resolve("heldout.tsv");
    String question =
        KnowledgeBase.loader()
            .today(TODAY)
            .load()
            .entry("data-breach")
            .orElseThrow()
            .questions()
            .get(3);
    Files.writeString(
        tsv,
        "id\tquestion\texpected\tacceptable\nx-1\t"
            + question.toUpperCase()
            + "!!\tdata-breach\t\n");

    ValidationReport report = KnowledgeBase.loader().today(TODAY).heldOut(tsv).validate();

    assertThat(report.problems())
        .anySatisfy(
            p -> {
              assertThat(p.file()).isEqualTo("heldout.tsv");
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message())
                  .startsWith(
                      "test question x-1 is also a training question at topics/data-breach.yaml:");
            });
  }

  @Test
  void load_brokenKnowledge_refusesWithTheReport() throws IOException {
    Path kb = copyOfEmbedded();
    Files.delete(kb.resolve("topics/data-breach.yaml"));

    assertThatThrownBy(() -> KnowledgeBase.loader().kbDirectory(kb).today(TODAY).load())
        .isInstanceOf(KnowledgeException.class)
        .hasMessageContaining("required topic 'data-breach' has no file topics/data-breach.yaml");
  }

  @Test
  void employer_overduePolicy_isAWarningNotAnError() {
    KnowledgeBase kb = KnowledgeBase.loader().today(TODAY).exampleEmployer(true).load();
    Policy devices = kb.employer().orElseThrow().policy("personal-devices").orElseThrow();
    assertThat(devices.overdue(TODAY)).isTrue();
    assertThat(kb.report().problems())
        .anySatisfy(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
              assertThat(p.message()).startsWith("review overdue since");
            });
  }

  @Test
  void employer_example_coversTheRequiredPoliciesAndContacts() {
    Employer employer =
        KnowledgeBase.loader().today(TODAY).exampleEmployer(true).load().employer().orElseThrow();
    assertThat(employer.policies())
        .containsKeys(
            "messaging-apps",
            "personal-devices",
            "friend-requests",
            "viewing-client-profiles",
            "ai-and-automation",
            "data-breach");
    assertThat(employer.contacts())
        .containsKeys(
            "information_governance",
            "data_protection_officer",
            "safeguarding_duty_team",
            "digital_champion");
  }

  @Test
  void jurisdiction_unknownValue_namesTheAcceptedOnes() {
    assertThatThrownBy(() -> Jurisdiction.parse("france"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "jurisdiction must be one of england, scotland, wales, northern-ireland, not 'france'");
    assertThat(Jurisdiction.parse("Northern Ireland")).isEqualTo(Jurisdiction.NORTHERN_IRELAND);
  }
}
