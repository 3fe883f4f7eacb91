package org.dpcoach.knowledge;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The checks that span files: coverage, references, duplicates and held-out overlap. */
final class KnowledgeRules {
  static final int MIN_TOPIC_QUESTIONS = 40;
  static final int MIN_OUT_OF_SCOPE_QUESTIONS = 150;
  static final int MIN_ROUTE_QUESTIONS = 20;

  private final Problems problems;

  KnowledgeRules(Problems problems) {
    this.problems = problems;
  }

  void check(
      KnowledgeReader.Content content,
      Map<String, List<LabelledQuestion>> heldOut,
      LocalDate today) {
    Map<String, Topic> topics = content.topics();
    for (String id : content.requiredTopics()) {
      if (!topics.containsKey(id) || topics.get(id).route()) {
        problems.error(
            "topics/", 1, "required topic '" + id + "' has no file topics/" + id + ".yaml");
      }
    }
    for (String id : content.requiredRoutes()) {
      if (!topics.containsKey(id) || !topics.get(id).route()) {
        problems.error(
            "routes/", 1, "required route '" + id + "' has no file routes/" + id + ".yaml");
      }
    }
    Map<String, String> seen = new HashMap<>();
    for (Topic topic : topics.values()) {
      YamlFile file = content.files().get(topic.id());
      checkTopic(topic, file, topics.keySet(), today);
      unique(topic.questions(), file, "/questions/", seen);
      YamlFile caseFile = content.caseFiles().get(topic.id());
      for (int c = 0; c < topic.cases().size(); c++) {
        unique(topic.cases().get(c).questions(), caseFile, "/cases/" + c + "/questions/", seen);
      }
    }
    heldOut.forEach((file, rows) -> checkHeldOut(file, rows, seen, topics));
  }

  private void unique(
      List<String> questions, YamlFile file, String pointer, Map<String, String> seen) {
    for (int i = 0; i < questions.size(); i++) {
      int line = file.line(pointer + i);
      String first = seen.putIfAbsent(fold(questions.get(i)), file.name() + ":" + line);
      if (first != null) {
        problems.error(file.name(), line, "duplicate training question (first at " + first + ")");
      }
    }
  }

  private void checkTopic(Topic topic, YamlFile file, Set<String> ids, LocalDate today) {
    int needed =
        topic.id().equals("out-of-scope")
            ? MIN_OUT_OF_SCOPE_QUESTIONS
            : topic.route() ? MIN_ROUTE_QUESTIONS : MIN_TOPIC_QUESTIONS;
    if (topic.questionCount() < needed) {
      problems.error(
          file.name(),
          file.line("/questions"),
          "has "
              + topic.questionCount()
              + " training questions (its own and its cases'); at least "
              + needed);
    }
    for (int i = 0; i < topic.related().size(); i++) {
      String related = topic.related().get(i);
      if (!ids.contains(related)) {
        problems.error(
            file.name(), file.line("/related/" + i), "unknown topic id '" + related + "'");
      }
    }
    if (topic.reviewBy().isBefore(today)) {
      problems.warning(
          file.name(), file.line("/review_by"), "review overdue since " + topic.reviewBy());
    }
  }

  private void checkHeldOut(
      String where,
      List<LabelledQuestion> heldOut,
      Map<String, String> training,
      Map<String, Topic> topics) {
    Set<String> ids = topics.keySet();
    for (int i = 0; i < heldOut.size(); i++) {
      LabelledQuestion row = heldOut.get(i);
      int line = i + 2;
      row.expectedCase()
          .filter(c -> topics.containsKey(row.expected()))
          .filter(c -> topics.get(row.expected()).caseById(c).isEmpty())
          .ifPresent(
              c ->
                  problems.error(
                      where, line, "unknown case '" + c + "' of topic '" + row.expected() + "'"));
      String clash = training.get(fold(row.question()));
      if (clash != null) {
        problems.error(
            where, i + 2, "test question " + row.id() + " is also a training question at " + clash);
      }
      for (String topic : concat(row.expected(), row.acceptable())) {
        if (!ids.contains(topic)) {
          problems.error(where, i + 2, "unknown topic id '" + topic + "'");
        }
      }
    }
  }

  private static List<String> concat(String first, List<String> rest) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream())
        .toList();
  }

  /** Lower-cases and folds punctuation and spaces, so near-identical questions compare equal. */
  static String fold(String question) {
    String folded = question.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    return folded.isEmpty() ? question.strip() : folded;
  }
}
