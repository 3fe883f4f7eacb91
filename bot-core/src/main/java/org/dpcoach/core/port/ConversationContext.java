package org.dpcoach.core.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.dpcoach.knowledge.Jurisdiction;

/**
 * What a conversation remembers for follow-ups: the last topic and case answered, and the nation
 * the person said they work in (their words win over the deployment's setting).
 *
 * @param topic the last topic answered, if any
 * @param caseId the last case answered, if any
 * @param nation the nation the person named, if they did
 * @param updated when the context was last saved
 */
public record ConversationContext(
    Optional<String> topic,
    Optional<String> caseId,
    Optional<Jurisdiction> nation,
    Instant updated) {

  /** Checks each value at once. */
  public ConversationContext {
    Objects.requireNonNull(topic, "topic must not be null (use Optional.empty())");
    Objects.requireNonNull(caseId, "case id must not be null (use Optional.empty())");
    Objects.requireNonNull(nation, "nation must not be null (use Optional.empty())");
    Objects.requireNonNull(updated, "updated must not be null");
  }

  /** An empty context saved at the given instant. */
  public static ConversationContext empty(Instant at) {
    return new ConversationContext(Optional.empty(), Optional.empty(), Optional.empty(), at);
  }
}
