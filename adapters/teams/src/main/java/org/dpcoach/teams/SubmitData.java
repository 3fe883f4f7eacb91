package org.dpcoach.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.dpcoach.support.Json;

/**
 * What the card buttons send back ({@code Action.Submit} data): the verb under {@value #KEY}, the
 * topic, the knowledge version and, for "not helpful", what was missing.
 *
 * @param verb one of {@link #CHOOSE}, {@link #RELATED}, {@link #HELPFUL}, {@link #UNHELPFUL}
 * @param topic the topic id the button is about
 * @param version the knowledge version of the answer, for feedback
 * @param missing what the person typed as missing, not yet redacted
 * @param caseId the case that answered, for feedback (empty when none)
 */
record SubmitData(
    String verb, String topic, String version, Optional<String> missing, String caseId) {
  static final String KEY = "dpcoach";
  static final String CHOOSE = "choose";
  static final String RELATED = "related";
  static final String HELPFUL = "helpful";
  static final String UNHELPFUL = "unhelpful";
  static final String MISSING_INPUT = "missing";
  static final int MAX_FIELD = 200;
  static final int MAX_MISSING = 500;

  /** The data object a button carries. */
  static ObjectNode data(String verb, String topic, String version) {
    ObjectNode data = Json.MAPPER.createObjectNode();
    data.put(KEY, verb);
    data.put("topic", topic);
    if (version != null) {
      data.put("version", version);
    }
    return data;
  }

  /** The data object a feedback button carries: the answer's topic, version and case. */
  static ObjectNode data(String verb, String topic, String version, Optional<String> caseId) {
    ObjectNode data = data(verb, topic, version);
    caseId.ifPresent(c -> data.put("case", c));
    return data;
  }

  /** Reads an activity's value; empty when it is not one of this adapter's submits. */
  static Optional<SubmitData> read(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    JsonNode node = value instanceof JsonNode j ? j : Json.MAPPER.valueToTree(value);
    String verb = node.path(KEY).asText("");
    String topic = node.path("topic").asText("");
    if (!(verb.equals(CHOOSE)
            || verb.equals(RELATED)
            || verb.equals(HELPFUL)
            || verb.equals(UNHELPFUL))
        || topic.isEmpty()
        || topic.length() > MAX_FIELD) {
      return Optional.empty();
    }
    String version = cut(node.path("version").asText(""), MAX_FIELD);
    Optional<String> missing =
        Optional.of(node.path(MISSING_INPUT).asText(""))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(s -> cut(s, MAX_MISSING));
    String caseId = cut(node.path("case").asText(""), MAX_FIELD);
    return Optional.of(new SubmitData(verb, topic, version, missing, caseId));
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  /** Never shows what was typed. */
  @Override
  public String toString() {
    return "SubmitData[verb="
        + verb
        + ", topic="
        + topic
        + ", version="
        + version
        + ", missing="
        + missing.isPresent()
        + "]";
  }
}
