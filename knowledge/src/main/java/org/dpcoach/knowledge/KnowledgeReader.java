package org.dpcoach.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/** Reads a knowledge folder into its parts, collecting every problem on the way. */
final class KnowledgeReader {
  private final Problems problems;

  KnowledgeReader(Problems problems) {
    this.problems = problems;
  }

  /** The parts of a knowledge folder. */
  record Content(
      String name,
      String version,
      List<String> requiredTopics,
      List<String> requiredRoutes,
      Map<String, Document> documents,
      Map<String, Topic> topics,
      Map<String, YamlFile> files,
      Map<String, YamlFile> caseFiles,
      Map<String, String> synonyms,
      SafeguardingCues cues,
      Dialogue dialogue,
      GuardData guard,
      NationTerms nationTerms,
      NationCues nationCues) {}

  Content read(Path dir) {
    YamlFile kb = YamlFile.read(dir.resolve("kb.yaml"), "kb.yaml", problems);
    Map<String, Document> documents = documents(dir);
    Map<String, Topic> topics = new LinkedHashMap<>();
    Map<String, YamlFile> files = new HashMap<>();
    TopicReader reader = new TopicReader(documents, problems);
    for (String folder : List.of("topics", "routes")) {
      for (Path path : yamlFiles(dir.resolve(folder))) {
        String id = path.getFileName().toString().replaceFirst("\\.yaml$", "");
        YamlFile file = YamlFile.read(path, folder + "/" + path.getFileName(), problems);
        topics.put(id, reader.read(file, id, folder.equals("routes")));
        files.put(id, file);
      }
    }
    CaseReader.Cases cases = new CaseReader(topics, problems).read(dir.resolve("cases"));
    cases.byTopic().forEach((id, list) -> topics.put(id, topics.get(id).withCases(list)));
    return new Content(
        kb.requiredText("name", problems),
        kb.requiredText("version", problems),
        strings(kb.root().path("required_topics")),
        strings(kb.root().path("routes")),
        documents,
        topics,
        files,
        cases.files(),
        synonyms(dir),
        cues(dir),
        dialogue(dir),
        GuardDataReader.read(dir.resolve("guard"), problems),
        new NationTermsReader(problems).read(dir),
        nationCues(dir));
  }

  private NationCues nationCues(Path dir) {
    Path path = dir.resolve("nation-cues.yaml");
    if (!Files.exists(path)) {
      problems.warning(
          "nation-cues.yaml", 1, "no nation cues (nation-cues.yaml is missing): none recognised");
      return NationCues.none();
    }
    YamlFile file = YamlFile.read(path, "nation-cues.yaml", problems);
    Map<Jurisdiction, List<Pattern>> self = new EnumMap<>(Jurisdiction.class);
    Map<Jurisdiction, List<Pattern>> mentions = new EnumMap<>(Jurisdiction.class);
    for (Jurisdiction nation : Jurisdiction.values()) {
      JsonNode node = file.root().path(nation.id());
      if (node.isMissingNode()) {
        problems.error(file.name(), 1, "no cues for '" + nation.id() + "'");
        continue;
      }
      List<Pattern> own = new ArrayList<>(places(strings(node.path("places"))));
      own.addAll(patterns(file, nation.id() + "/self"));
      self.put(nation, List.copyOf(own));
      mentions.put(nation, patterns(file, nation.id() + "/mentions"));
    }
    return new NationCues(self, mentions);
  }

  /**
   * A nation's places as cues: after words of work or place ("work in Glasgow", "social worker for
   * Fife", "placement in a London borough", "adult services in north Wales") and before "council",
   * "trust", "team", "based" and the like ("Belfast gateway team", "NI based").
   */
  private static List<Pattern> places(List<String> places) {
    if (places.isEmpty()) {
      return List.of();
    }
    String names =
        "("
            + String.join(
                "|", places.stream().map(p -> Pattern.quote(p.toLowerCase(Locale.ROOT))).toList())
            + ")(?! ?(number|no\\b|num))\\b";
    return List.of(
        Pattern.compile(
            "\\b(i'?m|i am|we'?re|we are|i live|we live|live|living|work|works|working|worked"
                + "|practi[sc]e|practi[sc]es|practi[sc]ing|based|placement|social worker|sw"
                + "|worker|team|student|services|service|asc|csc|council|authority|office"
                + "|department|dept|hospital|here|trust|job|role|patch) (in|for|at|near|across)"
                + " (a |an |the )?((north|south|east|west|mid|rural|central|greater)[ -])?"
                + names),
        Pattern.compile(
            "\\b"
                + names
                + " (council|hscp|hsc trust|trust|borough|county council|local authority|la"
                + "|social work|children's services|adult services|based|area office"
                + "|([a-z]+ )?team)\\b"));
  }

  private Map<String, Document> documents(Path dir) {
    YamlFile file = YamlFile.read(dir.resolve("documents.yaml"), "documents.yaml", problems);
    Map<String, Document> documents = new LinkedHashMap<>();
    JsonNode list = file.root().path("documents");
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      String id = file.optionalText(node, "id");
      String jurisdiction = file.optionalText(node, "jurisdiction");
      if (id.isEmpty() || file.optionalText(node, "title").isEmpty()) {
        problems.error(
            file.name(), file.line("/documents/" + i), "a document needs an id and a title");
        continue;
      }
      if (!jurisdiction.equals("uk")) {
        try {
          for (String part : jurisdiction.split(",")) {
            Jurisdiction.parse(part);
          }
        } catch (IllegalArgumentException e) {
          problems.error(
              file.name(), file.line("/documents/" + i + "/jurisdiction"), e.getMessage());
        }
      }
      documents.put(
          id,
          new Document(
              id,
              file.optionalText(node, "title"),
              file.optionalText(node, "year"),
              file.optionalText(node, "standing"),
              jurisdiction,
              node.path("beyond_seeds").asBoolean(false)));
    }
    return Map.copyOf(documents);
  }

  private Map<String, String> synonyms(Path dir) {
    YamlFile file = YamlFile.read(dir.resolve("synonyms.yaml"), "synonyms.yaml", problems);
    Map<String, String> synonyms = new HashMap<>();
    file.root()
        .path("synonyms")
        .fields()
        .forEachRemaining(
            e ->
                synonyms.put(
                    e.getKey().toLowerCase(Locale.ROOT).trim(), e.getValue().asText().trim()));
    return Map.copyOf(synonyms);
  }

  private SafeguardingCues cues(Path dir) {
    YamlFile file =
        YamlFile.read(dir.resolve("safeguarding-cues.yaml"), "safeguarding-cues.yaml", problems);
    return new SafeguardingCues(
        patterns(file, "urgency"), patterns(file, "harm"), patterns(file, "past"));
  }

  private Dialogue dialogue(Path dir) {
    YamlFile file = YamlFile.read(dir.resolve("dialogue.yaml"), "dialogue.yaml", problems);
    Map<String, String> texts = new HashMap<>();
    file.root()
        .path("texts")
        .fields()
        .forEachRemaining(e -> texts.put(e.getKey(), e.getValue().asText().trim()));
    Map<String, Set<String>> commands = new HashMap<>();
    file.root()
        .path("commands")
        .fields()
        .forEachRemaining(
            e -> {
              Set<String> words = new java.util.HashSet<>();
              e.getValue().forEach(w -> words.add(w.asText().strip().toLowerCase(Locale.ROOT)));
              commands.put(e.getKey(), Set.copyOf(words));
            });
    return new Dialogue(
        patterns(file, "follow_up_markers"), Map.copyOf(texts), Map.copyOf(commands));
  }

  private List<Pattern> patterns(YamlFile file, String field) {
    List<Pattern> patterns = new ArrayList<>();
    JsonNode list = file.root().at("/" + field);
    if (list.isEmpty()) {
      problems.error(file.name(), file.line("/" + field), "missing field '" + field + "'");
    }
    for (int i = 0; i < list.size(); i++) {
      try {
        patterns.add(
            Pattern.compile(list.get(i).asText(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      } catch (PatternSyntaxException e) {
        problems.error(
            file.name(), file.line("/" + field + "/" + i), "bad pattern: " + e.getDescription());
      }
    }
    return List.copyOf(patterns);
  }

  static List<String> strings(JsonNode list) {
    List<String> strings = new ArrayList<>();
    list.forEach(n -> strings.add(n.asText().trim()));
    return List.copyOf(strings);
  }

  private List<Path> yamlFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      problems.error(dir.getFileName() + "/", 1, "folder missing");
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
