package org.dpcoach.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dpcoach.core.model.Action;
import org.dpcoach.support.Json;

/**
 * What a supervision button sends back ({@code Action.Submit} data): the action under {@value
 * SubmitData#KEY} ({@link Action#NEXT}, {@link Action#SKIP} or {@link Action#CPD}) and the
 * session's number. Nothing typed travels with it.
 *
 * @param action the button's action id
 * @param session the supervision session the button belongs to
 */
record PracticeSubmit(String action, long session) {
  static final String SESSION = "session";
  static final Set<String> ACTIONS = Set.of(Action.NEXT, Action.SKIP, Action.CPD);
  private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

  /** The data object a supervision button carries. */
  static ObjectNode data(Action action) {
    ObjectNode data = Json.MAPPER.createObjectNode();
    data.put(SubmitData.KEY, action.id());
    data.put(SESSION, action.value());
    return data;
  }

  /** Reads an activity's value; empty when it is not a supervision button of this adapter. */
  static Optional<PracticeSubmit> read(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    JsonNode node = value instanceof JsonNode j ? j : Json.MAPPER.valueToTree(value);
    String action = node.path(SubmitData.KEY).asText("");
    String session = node.path(SESSION).asText("");
    if (!ACTIONS.contains(action) || !NUMBER.matcher(session).matches()) {
      return Optional.empty();
    }
    return Optional.of(new PracticeSubmit(action, Long.parseLong(session)));
  }

  /** Whether this is the "Save CPD reflection" button. */
  boolean cpd() {
    return Action.CPD.equals(action);
  }
}
