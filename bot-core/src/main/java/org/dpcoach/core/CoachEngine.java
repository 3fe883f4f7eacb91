package org.dpcoach.core;

import java.util.Objects;
import java.util.Optional;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.Turn;
import org.dpcoach.core.port.ConversationContexts;
import org.dpcoach.core.port.TurnLog;
import org.dpcoach.knowledge.Case;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coach. Every turn goes the same way: cut to length, the personal-data guard (only the
 * redacted text goes further), the safeguarding router, the classifier, then the composer.
 * Thread-safe; never throws from {@link #handle}.
 */
public final class CoachEngine implements Answers {
  private static final Logger LOG = LoggerFactory.getLogger(CoachEngine.class);

  private final KnowledgeBase kb;
  private final CoachSettings settings;
  private final PersonalDataGuard guard;
  private final TurnPipeline pipeline;

  private CoachEngine(CoachModels models, Builder builder) {
    this.kb = builder.kb;
    this.settings = builder.settings;
    this.guard = models.guard();
    ConversationContexts contexts =
        builder.contexts != null
            ? builder.contexts
            : new ConversationMemory(
                settings.contextTtl(), settings.contextCapacity(), settings.clock());
    this.pipeline =
        new TurnPipeline(
            kb,
            settings,
            models,
            new ConversationState(
                contexts, settings.contextTtl(), settings.clock(), kb.nationCues()),
            new TurnRecorder(builder.turnLog, settings.clock()));
  }

  /** A builder for a coach with other ports than the defaults. */
  public static Builder builder(KnowledgeBase kb, CoachSettings settings) {
    return new Builder(kb, settings);
  }

  /** Builds a coach: follow-up context in memory and no turn log unless given. */
  public static final class Builder {
    private final KnowledgeBase kb;
    private final CoachSettings settings;
    private ConversationContexts contexts;
    private TurnLog turnLog = TurnLog.none();

    private Builder(KnowledgeBase kb, CoachSettings settings) {
      this.kb = Objects.requireNonNull(kb, "knowledge must not be null");
      this.settings = Objects.requireNonNull(settings, "settings must not be null");
    }

    /** Keeps follow-up context where the port keeps it (the shared database, say). */
    public Builder contexts(ConversationContexts store) {
      this.contexts = Objects.requireNonNull(store, "contexts must not be null");
      return this;
    }

    /** Reports every answered turn to the log (for insights). */
    public Builder turnLog(TurnLog log) {
      this.turnLog = Objects.requireNonNull(log, "turn log must not be null");
      return this;
    }

    /** Trains (or loads from the cache) the models and starts the coach. */
    public CoachEngine start() {
      return new CoachEngine(CoachModels.load(kb, settings), this);
    }
  }

  /**
   * Trains (or loads from the cache) the classifier for this knowledge and starts the coach, with
   * follow-up context kept in memory.
   */
  public static CoachEngine start(KnowledgeBase kb, CoachSettings settings) {
    return builder(kb, settings).start();
  }

  /**
   * Trains (or loads from the cache) the classifier for this knowledge and starts the coach, with
   * follow-up context kept where the given port keeps it (the shared database, say).
   */
  public static CoachEngine start(
      KnowledgeBase kb, CoachSettings settings, ConversationContexts contexts) {
    return builder(kb, settings).contexts(contexts).start();
  }

  /** The knowledge the coach answers from. */
  public KnowledgeBase knowledge() {
    return kb;
  }

  /** The settings in force. */
  public CoachSettings settings() {
    return settings;
  }

  /** Answers one turn; on an internal failure, a neutral apology (the text is never logged). */
  @Override
  public Reply handle(Turn turn) {
    try {
      return pipeline.respond(turn);
    } catch (RuntimeException e) {
      LOG.error(
          "turn failed in conversation {}: {}", turn.conversationId(), e.getClass().getName());
      return pipeline.failed(turn);
    }
  }

  /**
   * Answers a topic or case the person picked (a "did you mean", related or full-guidance button):
   * the case's short answer, or the topic's summary, then the full guidance.
   */
  @Override
  public Reply choose(Turn turn, String topicOrCaseId) {
    Optional<Case> chosen = kb.caseById(topicOrCaseId);
    Optional<Topic> topic =
        kb.entry(chosen.map(Case::topic).orElse(topicOrCaseId)).filter(t -> !t.route());
    if (topic.isEmpty()) {
      return handle(turn);
    }
    return pipeline.chosen(turn, topic.get(), chosen);
  }

  /**
   * The practitioner topic a text is about, as the classifier reads it without any follow-up
   * context (a champion's new tip, say); empty for routes such as out-of-scope.
   */
  public Optional<String> topicOf(String text) {
    Reply reply =
        handle(
            new Turn(
                "topic-detector",
                "topic-detector:" + java.util.UUID.randomUUID(),
                text,
                TurnRecorder.INTERNAL));
    return kb.entry(reply.topic()).filter(t -> !t.route()).map(Topic::id);
  }

  /** The personal-data guard the engine runs first; adapters may use it for their own logs. */
  public PersonalDataGuard guard() {
    return guard;
  }
}
