package org.dpcoach.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads the tip library ({@code tips.yaml}) and the scenarios ({@code scenarios/*.yaml}). */
final class PracticeReader {
  static final int MIN_TIPS = 52;
  static final int MIN_SCENARIOS = 12;

  private final SourceReader sources;
  private final NationTerms terms;
  private final Set<String> topics;
  private final Problems problems;

  PracticeReader(
      Map<String, Document> documents, NationTerms terms, Set<String> topics, Problems problems) {
    this.sources = new SourceReader(documents, problems);
    this.terms = terms;
    this.topics = topics;
    this.problems = problems;
  }

  /** The tips and scenarios of a folder; {@code enforceMinimum} makes too few an error. */
  record Library(List<Tip> tips, List<Scenario> scenarios) {}

  Library read(Path dir, boolean enforceMinimum) {
    return new Library(
        tips(dir.resolve("tips.yaml"), enforceMinimum),
        scenarios(dir.resolve("scenarios"), enforceMinimum));
  }

  private List<Tip> tips(Path path, boolean enforceMinimum) {
    if (!Files.exists(path)) {
      problems.warning("tips.yaml", 1, "no tip library yet (tips.yaml is missing)");
      return List.of();
    }
    YamlFile file = YamlFile.read(path, "tips.yaml", problems);
    JsonNode list = file.root().path("tips");
    List<Tip> tips = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      String at = "/tips/" + i;
      String id = file.optionalText(node, "id");
      String text = file.optionalText(node, "text");
      if (id.isEmpty() || text.isEmpty() || file.optionalText(node, "title").isEmpty()) {
        problems.error(file.name(), file.line(at), "a tip needs an id, a title and a text");
        continue;
      }
      if (!ids.add(id)) {
        problems.error(file.name(), file.line(at + "/id"), "duplicate tip id '" + id + "'");
      }
      String topic = topic(file, node, at);
      List<SourceRef> cited = tipSources(file, node, at);
      if (cited.isEmpty() || topic.isEmpty()) {
        continue;
      }
      String title = file.optionalText(node, "title");
      Set<Jurisdiction> nations = EnumSet.noneOf(Jurisdiction.class);
      for (Jurisdiction nation : Jurisdiction.values()) {
        if (cited.stream().anyMatch(s -> s.appliesTo(nation))
            && terms.fitsNation(nation, title + "\n" + text)) {
          nations.add(nation);
        }
      }
      if (nations.isEmpty()) {
        problems.error(
            file.name(),
            file.line(at),
            "tip '" + id + "' suits no nation: no source applies where its text fits");
        continue;
      }
      tips.add(new Tip(id, topic, title, text, cited, nations));
    }
    minimum(file.name(), file.line("/tips"), "tips", tips.size(), MIN_TIPS, enforceMinimum);
    return List.copyOf(tips);
  }

  private List<Scenario> scenarios(Path dir, boolean enforceMinimum) {
    if (!Files.isDirectory(dir)) {
      problems.warning("scenarios/", 1, "no scenario library yet (scenarios/ is missing)");
      return List.of();
    }
    List<Scenario> scenarios = new ArrayList<>();
    for (Path path : yamlFiles(dir)) {
      String expected = path.getFileName().toString().replaceFirst("\\.yaml$", "");
      YamlFile file = YamlFile.read(path, "scenarios/" + path.getFileName(), problems);
      Scenario scenario = scenario(file, expected);
      if (scenario != null) {
        scenarios.add(scenario);
      }
    }
    minimum("scenarios/", 1, "scenarios", scenarios.size(), MIN_SCENARIOS, enforceMinimum);
    return List.copyOf(scenarios);
  }

  private Scenario scenario(YamlFile file, String expected) {
    JsonNode root = file.root();
    String id = file.requiredText("id", problems);
    if (!id.isEmpty() && !id.equals(expected)) {
      problems.error(file.name(), file.line("/id"), "id '" + id + "' differs from the file name");
    }
    String title = file.requiredText("title", problems);
    String text = file.requiredText("scenario", problems);
    String debrief = file.requiredText("debrief", problems);
    String topic = topic(file, root, "");
    int minutes = root.path("minutes").asInt(0);
    if (minutes <= 0) {
      problems.error(file.name(), file.line("/minutes"), "'minutes' must be a positive number");
    }
    List<Scenario.Step> steps = steps(file);
    List<SourceRef> cited = new ArrayList<>();
    JsonNode list = root.path("sources");
    if (list.isEmpty()) {
      problems.error(file.name(), file.line("/sources"), "missing field 'sources'");
    }
    for (int i = 0; i < list.size(); i++) {
      SourceRef source = sources.read(file, list.get(i), "/sources/" + i);
      if (source != null) {
        cited.add(source);
      }
    }
    if (!list.isEmpty()) {
      sources.checkEveryNation(file, "/sources", cited);
    }
    if (id.isEmpty() || title.isEmpty() || text.isEmpty() || debrief.isEmpty() || topic.isEmpty()) {
      return null;
    }
    return new Scenario(expected, title, topic, Math.max(1, minutes), text, steps, debrief, cited);
  }

  private List<Scenario.Step> steps(YamlFile file) {
    JsonNode list = file.root().path("steps");
    List<Scenario.Step> steps = new ArrayList<>();
    Set<Scenario.Stage> seen = EnumSet.noneOf(Scenario.Stage.class);
    for (int i = 0; i < list.size(); i++) {
      String at = "/steps/" + i;
      String name = file.optionalText(list.get(i), "step");
      String prompt = file.optionalText(list.get(i), "prompt");
      Scenario.Stage stage;
      try {
        stage = Scenario.Stage.valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.error(
            file.name(),
            file.line(at + "/step"),
            "unknown step '" + name + "' (recognise, facts, evaluate, act, review)");
        continue;
      }
      if (prompt.isEmpty()) {
        problems.error(file.name(), file.line(at), "step '" + name + "' has no prompt");
        continue;
      }
      seen.add(stage);
      steps.add(new Scenario.Step(stage, prompt));
    }
    for (Scenario.Stage stage : Scenario.Stage.values()) {
      if (!seen.contains(stage)) {
        problems.error(
            file.name(),
            file.line("/steps"),
            "no '" + stage.name().toLowerCase(Locale.ROOT) + "' step");
      }
    }
    return steps;
  }

  private String topic(YamlFile file, JsonNode node, String at) {
    String topic = file.optionalText(node, "topic");
    if (!topics.contains(topic)) {
      problems.error(file.name(), file.line(at + "/topic"), "unknown topic id '" + topic + "'");
      return "";
    }
    return topic;
  }

  /** A tip's {@code source} or its {@code sources} list. */
  private List<SourceRef> tipSources(YamlFile file, JsonNode node, String at) {
    List<SourceRef> cited = new ArrayList<>();
    if (node.has("source")) {
      SourceRef one = sources.read(file, node.path("source"), at + "/source");
      if (one != null) {
        cited.add(one);
      }
    }
    JsonNode list = node.path("sources");
    for (int i = 0; i < list.size(); i++) {
      SourceRef one = sources.read(file, list.get(i), at + "/sources/" + i);
      if (one != null) {
        cited.add(one);
      }
    }
    if (cited.isEmpty() && !node.has("source") && list.isEmpty()) {
      problems.error(file.name(), file.line(at), "a tip needs a source");
    }
    return cited;
  }

  private void minimum(String file, int line, String what, int count, int needed, boolean enforce) {
    if (count >= needed) {
      return;
    }
    String message = "has " + count + " " + what + "; at least " + needed;
    if (enforce) {
      problems.error(file, line, message);
    } else {
      problems.warning(file, line, message);
    }
  }

  private static List<Path> yamlFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
