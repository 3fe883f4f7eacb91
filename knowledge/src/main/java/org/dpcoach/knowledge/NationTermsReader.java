package org.dpcoach.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code nation-terms.yaml}: each nation's regulator and its own terms, then shared ones. */
final class NationTermsReader {
  private final Problems problems;

  NationTermsReader(Problems problems) {
    this.problems = problems;
  }

  NationTerms read(Path dir) {
    Path path = dir.resolve("nation-terms.yaml");
    if (!Files.exists(path)) {
      problems.warning(
          "nation-terms.yaml",
          1,
          "no nation terms (nation-terms.yaml is missing): nothing checked");
      return NationTerms.none();
    }
    YamlFile file = YamlFile.read(path, "nation-terms.yaml", problems);
    List<NationTerms.Term> terms = new ArrayList<>();
    Map<Jurisdiction, String> regulators = new EnumMap<>(Jurisdiction.class);
    JsonNode nations = file.root().path("nations");
    for (Jurisdiction nation : Jurisdiction.values()) {
      JsonNode node = nations.path(nation.id());
      String at = "/nations/" + nation.id();
      if (node.isMissingNode()) {
        problems.error(file.name(), file.line("/nations"), "no terms for '" + nation.id() + "'");
        continue;
      }
      String regulator = file.optionalText(node, "regulator");
      if (regulator.isEmpty()) {
        problems.error(file.name(), file.line(at), "no regulator for '" + nation.id() + "'");
      } else {
        regulators.put(nation, regulator);
      }
      terms.addAll(terms(file, node.path("terms"), at, EnumSet.of(nation)));
    }
    JsonNode shared = file.root().path("shared");
    for (int i = 0; i < shared.size(); i++) {
      String at = "/shared/" + i;
      Set<Jurisdiction> owners = EnumSet.noneOf(Jurisdiction.class);
      JsonNode list = shared.get(i).path("nations");
      for (int j = 0; j < list.size(); j++) {
        try {
          owners.add(Jurisdiction.parse(list.get(j).asText()));
        } catch (IllegalArgumentException e) {
          problems.error(file.name(), file.line(at + "/nations/" + j), e.getMessage());
        }
      }
      if (owners.size() < 2 || owners.size() == Jurisdiction.values().length) {
        problems.error(
            file.name(), file.line(at), "shared terms need two or three nations, not " + owners);
        continue;
      }
      terms.addAll(terms(file, shared.get(i).path("terms"), at, owners));
    }
    return new NationTerms(terms, regulators, allowed(file, terms));
  }

  private List<NationTerms.Term> terms(
      YamlFile file, JsonNode list, String at, Set<Jurisdiction> owners) {
    List<NationTerms.Term> terms = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String name = list.get(i).asText().strip();
      if (name.isEmpty()) {
        problems.error(file.name(), file.line(at + "/terms/" + i), "empty term");
      } else {
        terms.add(NationTerms.Term.of(name, owners));
      }
    }
    return terms;
  }

  private Map<String, Set<String>> allowed(YamlFile file, List<NationTerms.Term> terms) {
    Map<String, Set<String>> allowed = new java.util.HashMap<>();
    JsonNode list = file.root().path("allowed");
    for (int i = 0; i < list.size(); i++) {
      String at = "/allowed/" + i;
      String entry = file.optionalText(list.get(i), "in");
      if (entry.isEmpty() || file.optionalText(list.get(i), "why").isEmpty()) {
        problems.error(file.name(), file.line(at), "an allowed mention needs 'in' and 'why'");
        continue;
      }
      JsonNode names = list.get(i).path("terms");
      for (int j = 0; j < names.size(); j++) {
        String name = names.get(j).asText().strip();
        if (terms.stream().noneMatch(t -> t.name().equals(name))) {
          problems.error(
              file.name(), file.line(at + "/terms/" + j), "'" + name + "' is not a nation term");
        }
        allowed.computeIfAbsent(entry, k -> new java.util.HashSet<>()).add(name);
      }
    }
    return allowed;
  }
}
