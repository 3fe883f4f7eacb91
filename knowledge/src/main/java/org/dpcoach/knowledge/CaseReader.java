package org.dpcoach.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads {@code cases/<topic-id>.yaml}: the specific situations inside each topic. */
final class CaseReader {
  static final int MAX_SHORT_ANSWER_WORDS = 60;
  static final int MIN_CASE_QUESTIONS = 12;
  static final int MAX_CASE_SOURCES = 3;

  private final Map<String, Topic> topics;
  private final Problems problems;
  private final Set<String> ids = new HashSet<>();

  CaseReader(Map<String, Topic> topics, Problems problems) {
    this.topics = topics;
    this.problems = problems;
  }

  /** The cases of every topic that has a file, and the files by topic id. */
  record Cases(Map<String, List<Case>> byTopic, Map<String, YamlFile> files) {}

  /** Reads the folder; a knowledge folder without one simply has no cases. */
  Cases read(Path dir) {
    Map<String, List<Case>> byTopic = new LinkedHashMap<>();
    Map<String, YamlFile> files = new LinkedHashMap<>();
    if (!Files.isDirectory(dir)) {
      return new Cases(byTopic, files);
    }
    for (Path path : yamlFiles(dir)) {
      String topicId = path.getFileName().toString().replaceFirst("\\.yaml$", "");
      YamlFile file = YamlFile.read(path, "cases/" + path.getFileName(), problems);
      Topic topic = topics.get(topicId);
      if (topic == null || topic.route()) {
        problems.error(file.name(), 1, "no topic '" + topicId + "' for these cases");
        continue;
      }
      String declared = file.requiredText("topic", problems);
      if (!declared.isEmpty() && !declared.equals(topicId)) {
        problems.error(
            file.name(),
            file.line("/topic"),
            "topic '" + declared + "' differs from the file name");
      }
      List<Case> cases = new ArrayList<>();
      JsonNode list = file.root().path("cases");
      for (int i = 0; i < list.size(); i++) {
        cases.add(read(file, "/cases/" + i, list.get(i), topic));
      }
      byTopic.put(topicId, List.copyOf(cases));
      files.put(topicId, file);
    }
    return new Cases(byTopic, files);
  }

  private Case read(YamlFile file, String at, JsonNode node, Topic topic) {
    String id = file.optionalText(node, "id");
    if (id.isEmpty()) {
      problems.error(file.name(), file.line(at), "a case needs an id");
    } else if (!id.startsWith(topic.id() + ".") || id.length() == topic.id().length() + 1) {
      problems.error(
          file.name(),
          file.line(at + "/id"),
          "case id '" + id + "' must be " + topic.id() + ".<slug>");
    } else if (!ids.add(id)) {
      problems.error(file.name(), file.line(at + "/id"), "case id '" + id + "' is used twice");
    }
    String question = file.optionalText(node, "question");
    if (question.isEmpty()) {
      problems.error(file.name(), file.line(at), "case '" + id + "' has no question");
    }
    String shortAnswer = shortAnswer(file, at + "/short_answer", node.path("short_answer"), id);
    return new Case(
        id,
        topic.id(),
        question,
        shortAnswer,
        nations(file, at, node.path("nations"), id),
        node.path("employer").asBoolean(false),
        sources(file, at, node.path("sources"), topic),
        questions(file, at, node.path("questions"), id));
  }

  private String shortAnswer(YamlFile file, String at, JsonNode node, String id) {
    String text = node.isValueNode() ? node.asText().trim() : "";
    if (text.isEmpty()) {
      problems.error(file.name(), file.line(at), "case '" + id + "' has no short answer");
      return "";
    }
    int words = text.split("\\s+").length;
    if (words > MAX_SHORT_ANSWER_WORDS) {
      problems.error(
          file.name(),
          file.line(at),
          "short answer of '"
              + id
              + "' has "
              + words
              + " words; at most "
              + MAX_SHORT_ANSWER_WORDS);
    }
    return text;
  }

  private Map<Jurisdiction, String> nations(YamlFile file, String at, JsonNode node, String id) {
    Map<Jurisdiction, String> nations = new EnumMap<>(Jurisdiction.class);
    node.fields()
        .forEachRemaining(
            e -> {
              String where = at + "/nations/" + e.getKey();
              try {
                Jurisdiction nation = Jurisdiction.parse(e.getKey());
                if (!nation.id().equals(e.getKey())) {
                  throw new IllegalArgumentException("write the nation as '" + nation.id() + "'");
                }
                nations.put(nation, shortAnswer(file, where, e.getValue(), id));
              } catch (IllegalArgumentException bad) {
                problems.error(file.name(), file.line(where), bad.getMessage());
              }
            });
    return nations;
  }

  private List<SourceRef> sources(YamlFile file, String at, JsonNode node, Topic topic) {
    List<SourceRef> sources = new ArrayList<>();
    if (node.isEmpty() || node.size() > MAX_CASE_SOURCES) {
      problems.error(
          file.name(),
          file.line(at + "/sources"),
          "a case needs 1 to " + MAX_CASE_SOURCES + " sources, has " + node.size());
    }
    for (int n = 0; n < node.size(); n++) {
      int i = n;
      String doc = file.optionalText(node.get(i), "doc");
      String section = file.optionalText(node.get(i), "section");
      topic.sources().stream()
          .filter(s -> s.document().id().equals(doc) && s.section().equals(section))
          .findFirst()
          .ifPresentOrElse(
              sources::add,
              () ->
                  problems.error(
                      file.name(),
                      file.line(at + "/sources/" + i),
                      "source '"
                          + doc
                          + "' section '"
                          + section
                          + "' is not among the sources of topic '"
                          + topic.id()
                          + "'"));
    }
    return sources;
  }

  private List<String> questions(YamlFile file, String at, JsonNode node, String id) {
    List<String> questions = new ArrayList<>();
    node.forEach(q -> questions.add(q.asText().trim()));
    if (questions.size() < MIN_CASE_QUESTIONS) {
      problems.error(
          file.name(),
          file.line(at + "/questions"),
          "case '"
              + id
              + "' has "
              + questions.size()
              + " training questions; at least "
              + MIN_CASE_QUESTIONS);
    }
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).isEmpty()) {
        problems.error(file.name(), file.line(at + "/questions/" + i), "empty training question");
      }
    }
    return questions;
  }

  private static List<Path> yamlFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
