package org.dpcoach.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.dpcoach.core.port.ConversationContext;
import org.dpcoach.core.port.ConversationContexts;
import org.dpcoach.knowledge.NationCues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Each conversation's follow-up context as a turn reads and changes it: topic, case and nation. */
final class ConversationState {
  private static final Logger LOG = LoggerFactory.getLogger(ConversationState.class);

  private final ConversationContexts contexts;
  private final Duration ttl;
  private final Clock clock;
  private final NationCues nationCues;

  ConversationState(ConversationContexts contexts, Duration ttl, Clock clock, NationCues cues) {
    this.contexts = contexts;
    this.ttl = ttl;
    this.clock = clock;
    this.nationCues = cues;
  }

  /** The conversation's context, or an empty one when there is none or it has expired. */
  ConversationContext current(String conversationId) {
    Instant now = clock.instant();
    return contexts
        .find(conversationId)
        .filter(c -> !c.updated().plus(ttl).isBefore(now))
        .orElse(ConversationContext.empty(now));
  }

  /** Remembers the topic (and case) just answered, with the nation the context holds. */
  void answered(
      String conversationId, ConversationContext context, String topic, Optional<String> caseId) {
    contexts.save(
        conversationId,
        new ConversationContext(Optional.of(topic), caseId, context.nation(), clock.instant()));
  }

  /**
   * The context with the nation the person named in this message ("I'm SSSC registered", "I work in
   * Glasgow"), read on the redacted text; their words win over the deployment's setting.
   */
  ConversationContext named(ConversationContext context, String clean) {
    return nationCues
        .named(clean)
        .map(
            n ->
                new ConversationContext(
                    context.topic(), context.caseId(), Optional.of(n), clock.instant()))
        .orElse(context);
  }

  /** Saves the context when this message named another nation than the context before it. */
  void keepNamed(String conversationId, ConversationContext before, ConversationContext context) {
    if (!context.nation().equals(before.nation())) {
      contexts.save(conversationId, context);
    }
  }

  /** After an escalation the topic is forgotten, but the nation the person named stays. */
  void escalated(String conversationId, ConversationContext context) {
    forget(conversationId);
    if (context.nation().isPresent()) {
      contexts.save(
          conversationId,
          new ConversationContext(
              Optional.empty(), Optional.empty(), context.nation(), clock.instant()));
    }
  }

  /** Forgets the conversation's context; a failure is logged, never thrown. */
  void forget(String conversationId) {
    try {
      contexts.forget(conversationId);
    } catch (RuntimeException e) {
      LOG.warn("could not forget a conversation's context: {}", e.getClass().getName());
    }
  }
}
