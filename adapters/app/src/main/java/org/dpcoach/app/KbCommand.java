package org.dpcoach.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.Topic;
import org.dpcoach.knowledge.TrainingExample;
import org.dpcoach.knowledge.ValidationReport;
import org.dpcoach.support.Json;

/** {@code dpcoach kb validate [DIR] | stats | export}. */
final class KbCommand {
  private KbCommand() {}

  /** Runs {@code kb validate | stats | export | drafts} with its arguments. */
  static int run(
      List<String> rest, Settings settings, AppConfig config, Clock clock, PrintStream out)
      throws Exception {
    String sub = rest.isEmpty() ? "" : rest.get(0);
    switch (sub) {
      case "validate":
        return validate(config, clock, rest.size() > 1 ? rest.get(1) : null, out);
      case "stats":
        return stats(Coach.loader(config, clock).load(), out);
      case "export":
        return export(Coach.loader(config, clock).load(), out);
      case "drafts":
        return KbDrafts.run(rest.subList(1, rest.size()), settings, config, out);
      default:
        throw new IllegalArgumentException("kb needs validate, stats, export or drafts");
    }
  }

  static int validate(AppConfig config, Clock clock, String dir, PrintStream out) {
    KnowledgeBase.Loader loader = Coach.loader(config, clock);
    if (dir != null) {
      loader.kbDirectory(Path.of(dir));
    }
    Path eval = config.heldOut().toAbsolutePath().getParent();
    if (Files.isDirectory(eval)) {
      try (var files = Files.list(eval)) {
        files
            .filter(p -> p.getFileName().toString().matches("heldout.*\\.tsv"))
            .sorted()
            .forEach(loader::heldOut);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    ValidationReport report = loader.validate();
    out.println(report.format());
    return report.hasErrors() ? 1 : 0;
  }

  static int stats(KnowledgeBase kb, PrintStream out) throws Exception {
    ObjectNode json = Json.MAPPER.createObjectNode();
    json.put("version", kb.version());
    json.put("topics", kb.topics().size());
    json.put("cases", kb.cases().size());
    json.put("tips", kb.tips().size());
    json.put("scenarios", kb.scenarios().size());
    json.put("training_questions", kb.trainingExamples().size());
    ObjectNode per = json.putObject("per_topic");
    for (Topic t : kb.entries().values()) {
      per.putObject(t.id())
          .put("questions", t.questionCount())
          .put("cases", t.cases().size())
          .put("sources", t.sources().size())
          .put("do", t.dos().size())
          .put("dont", t.donts().size())
          .put("review_by", t.reviewBy().toString())
          .put("employer_policy", kb.employer().flatMap(e -> e.policy(t.id())).isPresent());
    }
    out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json));
    return 0;
  }

  static int export(KnowledgeBase kb, PrintStream out) throws Exception {
    for (TrainingExample e : kb.trainingExamples()) {
      ObjectNode line =
          Json.MAPPER.createObjectNode().put("topic", e.topic()).put("question", e.question());
      line.put("case", e.caseId().orElse(null));
      out.println(Json.MAPPER.writeValueAsString(line));
    }
    return 0;
  }
}
