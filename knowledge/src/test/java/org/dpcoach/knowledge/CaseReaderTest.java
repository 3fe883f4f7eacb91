package org.dpcoach.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseReaderTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @TempDir Path temp;

  private Path kbWithCases(String cases) throws IOException {
    Path target = KnowledgeCopies.embedded(temp);
    // The shipped cases stay: a topic may rely on its cases' questions for its minimum.
    Path folder = Files.createDirectories(target.resolve("cases"));
    Path file = folder.resolve("friend-requests.yaml");
    if (Files.exists(file)) {
      String shipped = Files.readString(file);
      String added = cases.substring(cases.indexOf("cases:\n") + "cases:\n".length());
      Files.writeString(file, shipped + (shipped.endsWith("\n") ? "" : "\n") + added);
    } else {
      Files.writeString(file, cases);
    }
    return target;
  }

  private static String questions(String prefix, int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> "      - \"" + prefix + " question number " + i + " about a zebra\"")
        .collect(Collectors.joining("\n"));
  }

  private static String oneCase(String id, String answer, String extra, int questions) {
    return "  - id: "
        + id
        + "\n    question: \"Can I connect with a former service user?\"\n"
        + "    short_answer: \""
        + answer
        + "\"\n"
        + extra
        + "    sources:\n      - {doc: swe-ps-2019, section: \"5.6\"}\n"
        + "    questions:\n"
        + questions(id, questions)
        + "\n";
  }

  @Test
  void load_validCase_isAttachedToItsTopicAndTrainsIt() throws IOException {
    Path kb =
        kbWithCases(
            "topic: friend-requests\ncases:\n"
                + oneCase(
                    "friend-requests.former",
                    "No. Decline it and talk to your manager.",
                    "    nations:\n      scotland: \"No. The same holds in Scotland.\"\n",
                    12));

    KnowledgeBase base = KnowledgeBase.loader().kbDirectory(kb).today(TODAY).load();

    Case found = base.caseById("friend-requests.former").orElseThrow();
    assertThat(found.topic()).isEqualTo("friend-requests");
    assertThat(found.shortAnswerFor(Jurisdiction.SCOTLAND)).startsWith("No. The same holds");
    assertThat(found.shortAnswerFor(Jurisdiction.WALES)).startsWith("No. Decline");
    assertThat(found.sourcesFor(Jurisdiction.ENGLAND)).hasSize(1);
    assertThat(found.sourcesFor(Jurisdiction.SCOTLAND)).isEmpty();
    assertThat(base.trainingExamples())
        .filteredOn(e -> e.caseId().filter("friend-requests.former"::equals).isPresent())
        .hasSize(12)
        .allSatisfy(e -> assertThat(e.topic()).isEqualTo("friend-requests"));
  }

  @Test
  void validate_badCases_reportEachProblemWithItsLine() throws IOException {
    String longAnswer = "word ".repeat(61).trim();
    Path kb =
        kbWithCases(
            "topic: friend-requests\ncases:\n"
                + oneCase("friend-requests.long", longAnswer, "", 12)
                + oneCase("friend-requests.long", "No.", "", 3)
                + oneCase("messaging-apps.wrong", "No.", "    nations:\n      mars: \"No.\"\n", 12)
                + "  - id: friend-requests.unsourced\n    question: \"q?\"\n"
                + "    short_answer: \"No.\"\n    sources:\n"
                + "      - {doc: swe-ps-2019, section: \"9.9\"}\n    questions:\n"
                + questions("unsourced", 12)
                + "\n");

    ValidationReport report = KnowledgeBase.loader().kbDirectory(kb).today(TODAY).validate();

    List<String> messages =
        report.problems().stream()
            .filter(p -> p.file().equals("cases/friend-requests.yaml"))
            .peek(p -> assertThat(p.line()).isGreaterThan(1))
            .map(Problem::message)
            .toList();
    assertThat(messages)
        .contains(
            "short answer of 'friend-requests.long' has 61 words; at most 60",
            "case id 'friend-requests.long' is used twice",
            "case 'friend-requests.long' has 3 training questions; at least 12",
            "case id 'messaging-apps.wrong' must be friend-requests.<slug>",
            "source 'swe-ps-2019' section '9.9' is not among the sources of topic"
                + " 'friend-requests'")
        .anySatisfy(m -> assertThat(m).startsWith("jurisdiction must be one of"));
  }

  @Test
  void validate_caseQuestionRepeatingATopicQuestion_isADuplicate() throws IOException {
    String existing =
        KnowledgeBase.loader()
            .today(TODAY)
            .load()
            .entry("messaging-apps")
            .orElseThrow()
            .questions()
            .get(0);
    Path kb =
        kbWithCases(
            "topic: friend-requests\ncases:\n"
                + oneCase("friend-requests.dup", "No.", "", 12)
                    .replace(
                        "      - \"friend-requests.dup question number 0 about a zebra\"",
                        "      - \"" + existing.replace("\"", "\\\"") + "\""));

    ValidationReport report = KnowledgeBase.loader().kbDirectory(kb).today(TODAY).validate();

    assertThat(report.problems())
        .anySatisfy(
            p ->
                assertThat(p.file() + " " + p.message())
                    .contains("duplicate training question (first at ")
                    .contains("cases/friend-requests.yaml")
                    .contains("topics/messaging-apps.yaml"));
  }
}
