package org.dpcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dpcoach.core.port.ChampionQuestions;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.Problem;
import org.dpcoach.knowledge.ValidationReport;
import org.dpcoach.store.Database;
import org.dpcoach.store.StoreSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb drafts}: answers marked "add to knowledge" come out as draft cases in the knowledge's
 * case shape. Merged into a copy of the knowledge, {@code kb validate} reads them and finds only
 * the problems a draft is expected to have (no sources yet, one training question, and a short
 * answer the content owner may need to shorten); the live knowledge is untouched.
 */
class KbDraftsTest {
  static final Path LIVE_KB = Path.of("../../knowledge/src/main/resources/kb");
  static final YAMLMapper YAML = new YAMLMapper();
  static final Instant AT = Instant.parse("2026-11-24T10:00:00Z");

  @TempDir Path data;
  @TempDir Path out;
  @TempDir Path kbCopy;

  long answered(ChampionQuestions q, String topic, String text, String answer, boolean mark) {
    long id =
        q.ask(
                new ChampionQuestions.Draft("slack", "UASK", "Sam", "UASK", text, topic, AT),
                "CCHAMPS")
            .id();
    q.answer(id, "UCHAMP", "Chris Champion", answer, AT.plusSeconds(3600));
    if (mark) {
      q.markForKnowledge(id, AT.plusSeconds(7200));
    }
    return id;
  }

  @Test
  void drafts_markedAnswers_writtenAsCasesThatKbValidateReadsWithOnlyDraftProblems()
      throws Exception {
    long id;
    try (Database db = Database.open(StoreSettings.embedded(data))) {
      ChampionQuestions q = db.championQuestions();
      id =
          answered(
              q,
              "messaging-apps",
              "Can I use WhatsApp with a family on my own phone about [NAME]'s visits?",
              "No. Use the work phone and the approved app, and record it on the file.",
              true);
      answered(q, "messaging-apps", "Not marked", "Not for the knowledge.", false);
      answered(q, "none", "Where do I find the team rota?", "On the intranet.", true);
    }

    ByteArrayOutputStream said = new ByteArrayOutputStream();
    int status =
        Main.run(
            List.of("kb", "drafts", "--out", out.toString()),
            Map.of("DPCOACH_DATA_DIR", data.toString()),
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(said, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(status).isZero();
    assertThat(said.toString(StandardCharsets.UTF_8)).contains("2 draft case(s)");
    JsonNode drafts = YAML.readTree(out.resolve("cases/messaging-apps.yaml").toFile());
    assertThat(drafts.path("topic").asText()).isEqualTo("messaging-apps");
    assertThat(drafts.path("cases")).hasSize(1);
    JsonNode draft = drafts.path("cases").get(0);
    assertThat(draft.path("id").asText()).isEqualTo("messaging-apps.champion-answer-" + id);
    assertThat(draft.path("question").asText()).contains("[NAME]");
    assertThat(draft.path("short_answer").asText()).startsWith("No. Use the work phone");
    assertThat(draft.path("draft").path("answered_by").asText()).isEqualTo("Chris Champion");
    assertThat(draft.path("draft").path("answered_at").asText()).isEqualTo("2026-11-24T11:00:00Z");
    assertThat(YAML.readTree(out.resolve("cases/unsorted.yaml").toFile()).path("cases")).hasSize(1);

    copy(LIVE_KB, kbCopy);
    merge(kbCopy.resolve("cases/messaging-apps.yaml"), drafts.path("cases"));
    ValidationReport report = KnowledgeBase.loader().kbDirectory(kbCopy).validate();

    List<String> errors =
        report.problems().stream()
            .filter(p -> p.severity() == Problem.Severity.ERROR)
            .map(Problem::message)
            .toList();
    assertThat(errors)
        .containsExactlyInAnyOrder(
            "a case needs 1 to 3 sources, has 0",
            "case 'messaging-apps.champion-answer-"
                + id
                + "' has 1 training questions; at least 12");
    assertThat(KnowledgeBase.loader().kbDirectory(LIVE_KB).validate().hasErrors()).isFalse();
  }

  @Test
  void drafts_slackAnswerers_namedByHandleElseUserIdWithoutSlackMarks() throws Exception {
    try (Database db = Database.open(StoreSettings.embedded(data))) {
      ChampionQuestions q = db.championQuestions();
      for (String name : List.of("\uE000UCHAMP|chris\uE001", "\uE000UCHAMP2\uE001")) {
        long id =
            q.ask(
                    new ChampionQuestions.Draft(
                        "slack", "UASK", "Sam", "UASK", "Where is the rota?", "none", AT),
                    "CCHAMPS")
                .id();
        q.answer(id, "UCHAMP", name, "On the intranet.", AT.plusSeconds(60));
        q.markForKnowledge(id, AT.plusSeconds(120));
      }
    }

    int status =
        Main.run(
            List.of("kb", "drafts", "--out", out.toString()),
            Map.of("DPCOACH_DATA_DIR", data.toString()),
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(status).isZero();
    JsonNode cases = YAML.readTree(out.resolve("cases/unsorted.yaml").toFile()).path("cases");
    assertThat(cases.findValuesAsText("answered_by")).containsExactly("chris", "UCHAMP2");
  }

  private static void merge(Path live, JsonNode drafts) throws IOException {
    ObjectNode file = (ObjectNode) YAML.readTree(live.toFile());
    drafts.forEach(((ArrayNode) file.path("cases"))::add);
    YAML.writeValue(live.toFile(), file);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
