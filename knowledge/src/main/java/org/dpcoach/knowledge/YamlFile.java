package org.dpcoach.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A parsed YAML file that remembers the line of every field and list item. */
final class YamlFile {
  private static final YAMLFactory YAML = new YAMLFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper(YAML);

  private final String name;
  private final JsonNode root;
  private final Map<String, Integer> lines;

  private YamlFile(String name, JsonNode root, Map<String, Integer> lines) {
    this.name = name;
    this.root = root;
    this.lines = lines;
  }

  /** Reads a file; a syntax error becomes a problem and an empty document. */
  static YamlFile read(Path path, String name, Problems problems) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.error(name, 1, "cannot read the file: " + e.getMessage());
      return new YamlFile(name, MissingNode.getInstance(), Map.of());
    }
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = YAML.createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME || token.isScalarValue()) {
          lines.putIfAbsent(
              parser.getParsingContext().pathAsPointer().toString(),
              parser.currentTokenLocation().getLineNr());
        }
      }
      JsonNode root = MAPPER.readTree(text);
      return new YamlFile(name, root == null ? MissingNode.getInstance() : root, lines);
    } catch (IOException e) {
      int line = lineOf(e);
      problems.error(name, line, "not valid YAML: " + firstLine(e.getMessage()));
      return new YamlFile(name, MissingNode.getInstance(), lines);
    }
  }

  private static int lineOf(IOException e) {
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
        && jpe.getLocation() != null) {
      return Math.max(1, jpe.getLocation().getLineNr());
    }
    return 1;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  String name() {
    return name;
  }

  JsonNode root() {
    return root;
  }

  /** The line of the node at a JSON pointer such as {@code /questions/3}, or its parent's. */
  int line(String pointer) {
    String at = pointer;
    while (!at.isEmpty()) {
      Integer line = lines.get(at);
      if (line != null) {
        return line;
      }
      String prefix = at + "/";
      int first =
          lines.entrySet().stream()
              .filter(e -> e.getKey().startsWith(prefix))
              .mapToInt(Map.Entry::getValue)
              .min()
              .orElse(-1);
      if (first > 0) {
        return first;
      }
      at = at.substring(0, at.lastIndexOf('/'));
    }
    return 1;
  }

  /** The text at a field, or an error and an empty string when it is missing or blank. */
  String requiredText(String field, Problems problems) {
    JsonNode node = root.path(field);
    if (!node.isValueNode() || node.asText().isBlank()) {
      problems.error(name, line("/" + field), "missing field '" + field + "'");
      return "";
    }
    return node.asText().trim();
  }

  /** The text at a field, or an empty string. */
  String optionalText(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() ? value.asText().trim() : "";
  }
}
