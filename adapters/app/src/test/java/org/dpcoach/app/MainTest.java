package org.dpcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dpcoach.support.Json;
import org.dpcoach.testkit.BadInputs;
import org.dpcoach.testkit.TestCoach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of design.md, run in-process. */
class MainTest {
  private static final ObjectMapper JSON = Json.MAPPER;
  private static final Set<String> ROUTES =
      Set.of("answer", "clarify", "escalate", "fallback", "smalltalk");

  @TempDir static Path data;

  record Run(int status, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  static Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Map<String, String> env =
        Map.of(
            "DPCOACH_HOME",
            Path.of("../..").toAbsolutePath().normalize().toString(),
            "DPCOACH_DATA_DIR",
            data.toString(),
            "DPCOACH_MODEL_DIR",
            TestCoach.modelCache().toString());
    int status =
        Main.run(
            List.of(args),
            env,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void askJsonl_oneObjectPerLineInOrder_withTheContractFields() throws Exception {
    String input =
        String.join(
                "\n",
                "is it ok to keep in touch with care leavers on whatsapp?",
                "",
                "{\"not\": \"a question\"}",
                "what's the weather in Leeds tomorrow",
                "🙂🙂",
                "x".repeat(5000))
            + "\n";

    Run run = run(input, "ask", "--jsonl");

    assertThat(run.status()).isZero();
    assertThat(run.lines()).hasSize(6);
    for (String line : run.lines()) {
      JsonNode reply = JSON.readTree(line);
      assertThat(ROUTES).contains(reply.get("route").asText());
      assertThat(reply.get("topic").asText()).isNotBlank();
      assertThat(reply.get("confidence").asDouble()).isBetween(0.0, 1.0);
      assertThat(reply.get("alternatives").isArray()).isTrue();
      assertThat(reply.get("sources").isArray()).isTrue();
      assertThat(reply.get("answer").asText()).isNotBlank();
    }
    JsonNode first = JSON.readTree(run.lines().get(0));
    assertThat(first.get("route").asText()).isEqualTo("answer");
    assertThat(first.get("topic").asText()).isEqualTo("messaging-apps");
    assertThat(first.get("sources")).isNotEmpty();
    JsonNode weather = JSON.readTree(run.lines().get(3));
    assertThat(weather.get("route").asText()).isEqualTo("fallback");
    assertThat(weather.get("topic").asText()).isEqualTo("out-of-scope");
    assertThat(run.out()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void askJsonl_emergency_isEscalateWithTheEmergencyTopic() throws Exception {
    Run run =
        run(
            "YP has just messaged me saying she's taken a load of tablets and is saying goodbye\n",
            "ask",
            "--jsonl");
    JsonNode reply = JSON.readTree(run.lines().get(0));
    assertThat(reply.get("route").asText()).isEqualTo("escalate");
    assertThat(reply.get("topic").asText()).isEqualTo("safeguarding-emergency");
  }

  @Test
  void ask_question_printsAReadableAnswerWithSources() {
    Run run = run("", "ask", "--full", "I emailed a report to the wrong school, what now?");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Sources (knowledge version").contains("Do:");
  }

  @Test
  void ask_question_printsTheShortAnswerAndItsMainSourceOnly() throws Exception {
    String question = "I emailed a report to the wrong school, what now?";
    Run run = run("", "ask", question);
    JsonNode line = JSON.readTree(run("%s\n".formatted(question), "ask", "--jsonl").lines().get(0));

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith(line.get("short_answer").asText() + "\nSource: ")
        .contains("(knowledge version " + line.get("knowledge_version").asText() + ")")
        .doesNotContain("Do:", "Sources (knowledge version");
    assertThat(run.lines()).hasSize(2);
  }

  @Test
  void ask_fullFlagAfterTheQuestion_printsEverything() {
    Run run = run("", "ask", "I emailed a report to the wrong school, what now?", "--full");
    assertThat(run.out()).contains("Do:", "Sources (knowledge version");
  }

  @Test
  void askJsonl_answer_addsCaseAndShortAnswerAndKeepsTheFullAnswer() throws Exception {
    Run run =
        run("is it ok to keep in touch with care leavers on whatsapp?\nhello\n", "ask", "--jsonl");

    JsonNode answer = JSON.readTree(run.lines().get(0));
    JsonNode smalltalk = JSON.readTree(run.lines().get(1));
    assertThat(answer.has("case")).isTrue();
    assertThat(
            answer.get("case").isNull()
                || answer.get("case").asText().startsWith("messaging-apps."))
        .isTrue();
    assertThat(answer.get("short_answer").asText()).isNotBlank();
    assertThat(answer.get("answer").asText())
        .startsWith(answer.get("short_answer").asText())
        .contains("Do:", "Sources (knowledge version");
    assertThat(smalltalk.get("case").isNull()).isTrue();
    assertThat(smalltalk.get("short_answer").asText()).isNotBlank();
  }

  @Test
  void ask_badInput_shortPoliteAnswerAndNoStackTrace() {
    for (BadInputs.Input input : BadInputs.all()) {
      Run run = run("", "ask", input.text());

      assertThat(run.status()).as(input.name()).isZero();
      assertThat(run.out().strip().length()).as(input.name()).isBetween(20, BadInputs.SHORT_CHARS);
      assertThat(run.out() + run.err())
          .as(input.name())
          .doesNotContainPattern(BadInputs.STACK_TRACE)
          .doesNotContain(BadInputs.PERSONAL_VALUES);
    }
  }

  @Test
  void kbExport_everyTrainingQuestionAsAJsonLine() throws Exception {
    Run run = run("", "kb", "export");
    assertThat(run.status()).isZero();
    assertThat(run.lines()).hasSizeGreaterThan(23 * 40 + 150);
    JsonNode first = JSON.readTree(run.lines().get(0));
    assertThat(first.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("topic", "question", "case");
    List<JsonNode> lines = new java.util.ArrayList<>();
    for (String line : run.lines()) {
      lines.add(JSON.readTree(line));
    }
    assertThat(lines)
        .anySatisfy(
            l -> {
              assertThat(l.get("topic").asText()).isEqualTo("friend-requests");
              assertThat(l.get("case").asText()).startsWith("friend-requests.");
            });
  }

  @Test
  void kbStats_isJsonWithCountsPerTopic() throws Exception {
    Run run = run("", "kb", "stats");
    JsonNode stats = JSON.readTree(run.out());
    assertThat(stats.get("per_topic").get("friend-requests").get("questions").asInt())
        .isGreaterThanOrEqualTo(40);
  }

  @Test
  void kbValidate_brokenFolder_exitsNonZeroWithFileAndLine(@TempDir Path broken) throws Exception {
    Files.createDirectories(broken.resolve("topics"));
    Files.writeString(
        broken.resolve("kb.yaml"),
        "name: x\nversion: \"1\"\nrequired_topics: [friend-requests]\nroutes: []\n");
    Files.writeString(
        broken.resolve("topics/friend-requests.yaml"), "id: friend-requests\ntitle: [unclosed\n");

    Run run = run("", "kb", "validate", broken.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("topics/friend-requests.yaml:").contains("not valid YAML");
  }

  @Test
  void redactJsonl_emailAndPhone_areFoundWithSpans() throws Exception {
    Run run = run("ring mum on 07700 900123 or email jo@example.com\n", "redact", "--jsonl");
    JsonNode r = JSON.readTree(run.lines().get(0));
    assertThat(r.get("redacted").asText()).doesNotContain("07700").doesNotContain("jo@example.com");
    assertThat(r.get("found").findValuesAsText("kind")).contains("phone", "email");
  }

  @Test
  void unknownCommandOrMissingArgument_politeUsageNoStackTrace() {
    Run unknown = run("", "frobnicate");
    Run missing = run("", "ask");
    assertThat(unknown.status()).isEqualTo(64);
    assertThat(unknown.err()).contains("usage: dpcoach");
    assertThat(missing.status()).isEqualTo(64);
    assertThat(missing.err())
        .isEqualTo("dpcoach: ask needs a question in quotes, or --jsonl\n")
        .doesNotContain("Exception");
  }
}
