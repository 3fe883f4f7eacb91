package org.dpcoach.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one {@code {doc, section, point, nations}} citation, wherever it appears (topics, routes,
 * tips, scenarios), and checks that a list of them leaves every nation a source.
 */
final class SourceReader {
  private final Map<String, Document> documents;
  private final Problems problems;

  SourceReader(Map<String, Document> documents, Problems problems) {
    this.documents = documents;
    this.problems = problems;
  }

  /** The citation at a JSON pointer, or null (and an error) when it is unusable. */
  SourceRef read(YamlFile file, JsonNode node, String at) {
    String docId = file.optionalText(node, "doc");
    String section = file.optionalText(node, "section");
    Document document = documents.get(docId);
    if (document == null) {
      problems.error(file.name(), file.line(at + "/doc"), "unknown document '" + docId + "'");
      return null;
    }
    if (section.isEmpty()) {
      problems.error(file.name(), file.line(at), "source '" + docId + "' has no section");
      return null;
    }
    return new SourceRef(
        document, section, file.optionalText(node, "point"), nations(file, node, at, document));
  }

  /**
   * The nations an entry narrows its citation to ({@code nations: [england, wales]}); empty for the
   * document's own. A nation the document does not apply to is an error.
   */
  private Set<Jurisdiction> nations(YamlFile file, JsonNode node, String at, Document document) {
    JsonNode list = node.path("nations");
    Set<Jurisdiction> nations = EnumSet.noneOf(Jurisdiction.class);
    for (int i = 0; i < list.size(); i++) {
      String value = list.get(i).asText();
      int line = file.line(at + "/nations/" + i);
      try {
        Jurisdiction nation = Jurisdiction.parse(value);
        if (!document.appliesTo(nation)) {
          problems.error(
              file.name(),
              line,
              "source '"
                  + document.id()
                  + "' cannot apply to "
                  + nation.displayName()
                  + ": the document is for "
                  + document.jurisdiction());
        } else {
          nations.add(nation);
        }
      } catch (IllegalArgumentException e) {
        problems.error(file.name(), line, e.getMessage());
      }
    }
    return nations;
  }

  /** An error for each nation that none of the sources applies to. */
  void checkEveryNation(YamlFile file, String at, List<SourceRef> sources) {
    for (Jurisdiction nation : Jurisdiction.values()) {
      if (sources.stream().noneMatch(s -> s.appliesTo(nation))) {
        problems.error(file.name(), file.line(at), "no source applies to " + nation.displayName());
      }
    }
  }
}
