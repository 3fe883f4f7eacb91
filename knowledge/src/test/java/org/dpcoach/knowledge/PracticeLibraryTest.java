package org.dpcoach.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeLibraryTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final Path FIXTURES = Path.of("src/test/resources/practice");

  @TempDir Path temp;

  @Test
  void load_practiceFixtures_readsTipsAndScenariosWithSources() {
    KnowledgeBase kb = KnowledgeBase.loader().today(TODAY).practiceDirectory(FIXTURES).load();

    assertThat(kb.tips()).extracting(Tip::id).startsWith("tip-001", "tip-002");
    assertThat(kb.tips().get(0).sources().get(0).document().id()).isEqualTo("swe-ps-2019");
    Scenario scenario = kb.scenario("late-night-message").orElseThrow();
    assertThat(scenario.steps())
        .extracting(Scenario.Step::stage)
        .containsExactly(Scenario.Stage.values());
    assertThat(scenario.sources()).isNotEmpty();
    assertThat(kb.report().problems())
        .anySatisfy(p -> assertThat(p.message()).isEqualTo("has 5 tips; at least 52"));
  }

  @Test
  void load_noLibraryFiles_warnsAndLoadsEmpty() {
    KnowledgeBase kb = KnowledgeBase.loader().today(TODAY).practiceDirectory(temp).load();

    assertThat(kb.tips()).isEmpty();
    assertThat(kb.scenarios()).isEmpty();
    assertThat(kb.report().problems())
        .anySatisfy(
            p -> assertThat(p.message()).isEqualTo("no tip library yet (tips.yaml is missing)"));
  }

  @Test
  void validate_badTopicDocAndStep_reportedWithFileAndLine() throws IOException {
    copy(FIXTURES, temp);
    Path tips = temp.resolve("tips.yaml");
    Files.writeString(
        tips,
        Files.readString(tips)
            .replace("topic: messaging-apps", "topic: no-such-topic")
            .replace("doc: dpa-2018", "doc: no-such-doc"));
    Path scenario = temp.resolve("scenarios/wrong-school-email.yaml");
    Files.writeString(
        scenario, Files.readString(scenario).replace("step: review", "step: reflect"));

    ValidationReport report =
        KnowledgeBase.loader().today(TODAY).practiceDirectory(temp).validate();

    assertThat(report.problems())
        .anySatisfy(
            p -> {
              assertThat(p.file()).isEqualTo("tips.yaml");
              assertThat(p.message()).isEqualTo("unknown topic id 'no-such-topic'");
              assertThat(p.line()).isGreaterThan(1);
            });
    assertThat(report.problems())
        .anySatisfy(p -> assertThat(p.message()).isEqualTo("unknown document 'no-such-doc'"));
    assertThat(report.problems())
        .anySatisfy(
            p -> {
              assertThat(p.file()).isEqualTo("scenarios/wrong-school-email.yaml");
              assertThat(p.message()).startsWith("unknown step 'reflect'");
            });
    assertThat(report.problems())
        .anySatisfy(p -> assertThat(p.message()).isEqualTo("no 'review' step"));
  }

  @Test
  void validate_libraryInKbFolderBelowMinimum_isAnError() throws IOException {
    Path kb = temp.resolve("kb");
    copy(KnowledgeBase.embedded("kb"), kb);
    Files.deleteIfExists(kb.resolve("tips.yaml"));
    try (Stream<Path> scenarios = Files.list(kb.resolve("scenarios"))) {
      for (Path scenario : scenarios.toList()) {
        Files.delete(scenario);
      }
    }
    copy(FIXTURES, kb);

    ValidationReport report = KnowledgeBase.loader().kbDirectory(kb).today(TODAY).validate();

    assertThat(report.hasErrors()).isTrue();
    assertThat(report.problems())
        .anySatisfy(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
              assertThat(p.message()).isEqualTo("has 2 scenarios; at least 12");
            });
  }

  private static void copy(Path source, Path target) throws IOException {
    KnowledgeCopies.copy(source, target);
  }
}
