package org.dpcoach.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.Topic;
import org.dpcoach.knowledge.TrainingExample;
import org.dpcoach.knowledge.ValidationReport;

/** {@code dpcoach kb validate [DIR] | stats | export}. */
final class KbCommand {
  private KbCommand() {}

  static int validate(AppConfig config, Clock clock, String dir, PrintStream out) {
    KnowledgeBase.Loader loader = Coach.loader(config, clock);
    if (dir != null) {
      loader.kbDirectory(Path.of(dir));
    }
    if (Files.exists(config.heldOut())) {
      loader.heldOut(config.heldOut());
    }
    ValidationReport report = loader.validate();
    out.println(report.format());
    return report.hasErrors() ? 1 : 0;
  }

  static int stats(KnowledgeBase kb, PrintStream out) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode json = mapper.createObjectNode();
    json.put("version", kb.version());
    json.put("topics", kb.topics().size());
    json.put("training_questions", kb.trainingExamples().size());
    ObjectNode per = json.putObject("per_topic");
    for (Topic t : kb.entries().values()) {
      per.putObject(t.id())
          .put("questions", t.questions().size())
          .put("sources", t.sources().size())
          .put("do", t.dos().size())
          .put("dont", t.donts().size())
          .put("review_by", t.reviewBy().toString())
          .put("employer_policy", kb.employer().flatMap(e -> e.policy(t.id())).isPresent());
    }
    out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json));
    return 0;
  }

  static int export(KnowledgeBase kb, PrintStream out) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    for (TrainingExample e : kb.trainingExamples()) {
      out.println(
          mapper.writeValueAsString(
              mapper.createObjectNode().put("topic", e.topic()).put("question", e.question())));
    }
    return 0;
  }
}
