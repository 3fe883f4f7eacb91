package org.dpcoach.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Turns one topic or route file into a {@link Topic}, reporting what is missing or wrong. */
final class TopicReader {
  static final int MAX_SUMMARY_WORDS = 130;
  private final SourceReader reader;
  private final Problems problems;

  TopicReader(Map<String, Document> documents, Problems problems) {
    this.reader = new SourceReader(documents, problems);
    this.problems = problems;
  }

  Topic read(YamlFile file, String expectedId, boolean route) {
    String id = file.requiredText("id", problems);
    if (!id.isEmpty() && !id.equals(expectedId)) {
      problems.error(file.name(), file.line("/id"), "id '" + id + "' differs from the file name");
    }
    String summary = file.requiredText("summary", problems);
    int words = summary.isEmpty() ? 0 : summary.split("\\s+").length;
    if (words > MAX_SUMMARY_WORDS) {
      problems.error(
          file.name(),
          file.line("/summary"),
          "summary has " + words + " words; at most " + MAX_SUMMARY_WORDS);
    }
    Topic topic =
        new Topic(
            expectedId,
            file.requiredText("title", problems),
            summary,
            points(file, "do", route),
            points(file, "dont", route),
            sources(file, route),
            notes(file, route),
            texts(file, "related"),
            file.requiredText("owner", problems),
            date(file, "last_reviewed"),
            date(file, "review_by"),
            texts(file, "questions"),
            route,
            List.of());
    if (!route && topic.related().isEmpty()) {
      problems.error(file.name(), file.line("/related"), "missing field 'related'");
    }
    return topic;
  }

  private List<String> points(YamlFile file, String field, boolean route) {
    List<String> points = texts(file, field);
    if (!route && (points.size() < 3 || points.size() > 6)) {
      problems.error(
          file.name(),
          file.line("/" + field),
          "'" + field + "' needs 3 to 6 points, has " + points.size());
    }
    return points;
  }

  private List<String> texts(YamlFile file, String field) {
    List<String> texts = new ArrayList<>();
    JsonNode node = file.root().path(field);
    for (int i = 0; i < node.size(); i++) {
      String text = node.get(i).asText().trim();
      if (text.isEmpty()) {
        problems.error(
            file.name(), file.line("/" + field + "/" + i), "empty item in '" + field + "'");
      } else {
        texts.add(text);
      }
    }
    return List.copyOf(texts);
  }

  private List<SourceRef> sources(YamlFile file, boolean route) {
    JsonNode node = file.root().path("sources");
    if (!route && node.isEmpty()) {
      problems.error(file.name(), file.line("/sources"), "missing field 'sources'");
    }
    List<SourceRef> sources = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      SourceRef source = reader.read(file, node.get(i), "/sources/" + i);
      if (source != null) {
        sources.add(source);
      }
    }
    if (!route || !sources.isEmpty()) {
      reader.checkEveryNation(file, "/sources", sources);
    }
    return List.copyOf(sources);
  }

  private Map<Jurisdiction, String> notes(YamlFile file, boolean route) {
    Map<Jurisdiction, String> notes = new EnumMap<>(Jurisdiction.class);
    JsonNode node = file.root().path("jurisdiction_notes");
    for (Jurisdiction nation : Jurisdiction.values()) {
      String note = file.optionalText(node, nation.id());
      if (!note.isEmpty()) {
        notes.put(nation, note);
      } else if (!route) {
        problems.error(
            file.name(),
            file.line("/jurisdiction_notes"),
            "missing jurisdiction note for '" + nation.id() + "'");
      }
    }
    return Map.copyOf(notes);
  }

  private LocalDate date(YamlFile file, String field) {
    String text = file.requiredText(field, problems);
    if (text.isEmpty()) {
      return LocalDate.MIN;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.error(file.name(), file.line("/" + field), "'" + field + "' is not a date: " + text);
      return LocalDate.MIN;
    }
  }
}
