package org.dpcoach.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dpcoach.core.port.ChampionQuestion;
import org.dpcoach.store.Database;

/**
 * {@code dpcoach kb drafts [--out DIR]}: the champions' answers marked "add to knowledge", written
 * as draft cases in the knowledge's case shape ({@code DIR/cases/<topic>.yaml}) for the content
 * owner to finish (sources, twelve training questions, a short answer of at most 60 words) and
 * check with {@code kb validate}. The live knowledge never changes by itself.
 */
final class KbDrafts {
  static final String UNSORTED = "unsorted";
  static final String DEFAULT_OUT = "kb-drafts";
  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .build();

  private KbDrafts() {}

  static int run(List<String> args, Settings settings, AppConfig config, PrintStream out) {
    Path dir = Path.of(DEFAULT_OUT);
    if (args.size() == 2 && args.get(0).equals("--out")) {
      dir = Path.of(args.get(1));
    } else if (!args.isEmpty()) {
      throw new IllegalArgumentException("kb drafts takes --out DIR, or nothing");
    }
    var store =
        PracticeConfig.of(settings, config.dataDir())
            .store()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "kb drafts needs the database (DPCOACH_DB_URL is none)"));
    try (Database db = Database.open(store)) {
      int written = write(db.championQuestions().forKnowledge(), dir);
      out.printf(
          "%d draft case(s) in %s: add sources and training questions, move each into"
              + " kb/cases/<topic>.yaml, then run kb validate%n",
          written, dir.resolve("cases"));
      return 0;
    }
  }

  /** Writes one case file per topic; returns how many cases it wrote. */
  static int write(List<ChampionQuestion> answered, Path dir) {
    Map<String, ArrayNode> byTopic = new TreeMap<>();
    for (ChampionQuestion q : answered) {
      String topic = q.topic().equals("none") ? UNSORTED : q.topic();
      byTopic.computeIfAbsent(topic, t -> YAML.createArrayNode()).add(draft(q, topic));
    }
    try {
      Files.createDirectories(dir.resolve("cases"));
      for (Map.Entry<String, ArrayNode> e : byTopic.entrySet()) {
        ObjectNode file = YAML.createObjectNode().put("topic", e.getKey());
        file.set("cases", e.getValue());
        Files.writeString(
            dir.resolve("cases").resolve(e.getKey() + ".yaml"),
            "# Draft cases from the digital champions' answers: review before they go live.\n"
                + YAML.writeValueAsString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return answered.size();
  }

  /** One case: the redacted question, the champion's answer, and who answered it when. */
  private static ObjectNode draft(ChampionQuestion q, String topic) {
    ObjectNode c = YAML.createObjectNode();
    c.put("id", topic + ".champion-answer-" + q.id());
    c.put("question", q.text());
    c.put("short_answer", q.answer().orElse(""));
    c.putArray("sources");
    c.putArray("questions").add(q.text());
    c.putObject("draft")
        .put("question_id", q.id())
        .put("topic_guessed", q.topic())
        .put("asked_at", q.askedAt().toString())
        .put("answered_by", name(q.answererName().orElse("")))
        .put("answered_at", q.answeredAt().map(Object::toString).orElse(""));
    return c;
  }

  /**
   * A Slack name is the user id (and handle) between private-use marks: the handle, else the id.
   */
  private static String name(String kept) {
    return kept.replaceAll("\\p{Co}[^|\\p{Co}]*\\|([^\\p{Co}]*)\\p{Co}", "$1")
        .replaceAll("\\p{Co}", "");
  }
}
