package org.dpcoach.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates cards against the Adaptive Card 1.4 subset schema in test resources and, when the
 * system property {@value #OFFICIAL} names a copy of the official 1.4 schema file, against that too
 * (the official file is not kept in this repository).
 */
final class CardSchema {
  static final String OFFICIAL = "dpcoach.adaptiveCardSchema";
  private static final JsonSchema SUBSET = load();
  private static final Optional<JsonSchema> OFFICIAL_SCHEMA = official();

  private CardSchema() {}

  /** Every problem found, empty when the card is valid. */
  static List<String> problems(JsonNode card) {
    List<String> out = new ArrayList<>();
    SUBSET.validate(card).stream()
        .map(ValidationMessage::getMessage)
        .forEach(m -> out.add("subset: " + m));
    OFFICIAL_SCHEMA.ifPresent(
        s ->
            s.validate(card).stream()
                .map(ValidationMessage::getMessage)
                .forEach(m -> out.add("official: " + m)));
    return out;
  }

  static boolean officialChecked() {
    return OFFICIAL_SCHEMA.isPresent();
  }

  private static JsonSchema load() {
    try (InputStream in =
        CardSchema.class.getResourceAsStream("/adaptive-card-1.4-subset.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<JsonSchema> official() {
    String path = System.getProperty(OFFICIAL);
    if (path == null || path.isBlank()) {
      return Optional.empty();
    }
    try {
      JsonNode schema = FakeConnector.JSON.readTree(Files.readString(Path.of(path)));
      // the official file declares draft-06 but names itself with draft-04's "id"
      ((com.fasterxml.jackson.databind.node.ObjectNode) schema).remove("id");
      SpecVersion.VersionFlag version =
          SpecVersionDetector.detectOptionalVersion(schema, false)
              .orElse(SpecVersion.VersionFlag.V6);
      return Optional.of(JsonSchemaFactory.getInstance(version).getSchema(schema));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
