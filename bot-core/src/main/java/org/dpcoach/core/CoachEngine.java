package org.dpcoach.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dpcoach.core.guard.HybridGuard;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.guard.Redaction;
import org.dpcoach.core.model.Origin;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart.Notice;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.model.Turn;
import org.dpcoach.core.nlp.Normaliser;
import org.dpcoach.core.nlp.OpenNlpIntentClassifier;
import org.dpcoach.core.nlp.OpenNlpIntentClassifier.Algorithm;
import org.dpcoach.core.nlp.Ranking;
import org.dpcoach.core.port.ConversationContext;
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
public final class CoachEngine {
  private static final Logger LOG = LoggerFactory.getLogger(CoachEngine.class);

  /** The origin of the engine's own turns ({@link #topicOf}): never reported to the turn log. */
  private static final Origin INTERNAL = new Origin("internal", "", "internal");

  private final KnowledgeBase kb;
  private final CoachSettings settings;
  private final PersonalDataGuard guard;
  private final TopicModel model;
  private final CaseModel cases;
  private final TurnResolver resolver;
  private final AnswerComposer composer;
  private final ConversationContexts contexts;
  private final TurnLog turnLog;

  private CoachEngine(
      KnowledgeBase kb,
      CoachSettings settings,
      PersonalDataGuard guard,
      TopicModel model,
      CaseModel cases,
      Builder builder) {
    this.kb = kb;
    this.settings = settings;
    this.guard = guard;
    this.model = model;
    this.cases = cases;
    SafeguardingRouter router =
        new SafeguardingRouter(kb.safeguardingCues(), settings.thresholds().emergencyVote());
    this.resolver =
        new TurnResolver(settings.thresholds(), router, kb.dialogue().followUpMarkers());
    this.composer = new AnswerComposer(kb);
    this.contexts =
        builder.contexts != null
            ? builder.contexts
            : new ConversationMemory(
                settings.contextTtl(), settings.contextCapacity(), settings.clock());
    this.turnLog = builder.turnLog;
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
      this.kb = java.util.Objects.requireNonNull(kb, "knowledge must not be null");
      this.settings = java.util.Objects.requireNonNull(settings, "settings must not be null");
    }

    /** Keeps follow-up context where the port keeps it (the shared database, say). */
    public Builder contexts(ConversationContexts store) {
      this.contexts = java.util.Objects.requireNonNull(store, "contexts must not be null");
      return this;
    }

    /** Reports every answered turn to the log (for insights). */
    public Builder turnLog(TurnLog log) {
      this.turnLog = java.util.Objects.requireNonNull(log, "turn log must not be null");
      return this;
    }

    /** Trains (or loads from the cache) the models and starts the coach. */
    public CoachEngine start() {
      return CoachEngine.start(this);
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

  private static CoachEngine start(Builder builder) {
    KnowledgeBase kb = builder.kb;
    CoachSettings settings = builder.settings;
    // The models load (or train) side by side: start-up time matters for one-shot commands.
    ExecutorService loaders =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread thread = new Thread(r, "dpcoach-start");
              thread.setDaemon(true);
              return thread;
            });
    try {
      Normaliser normaliser = new Normaliser(kb.synonyms());
      List<OpenNlpIntentClassifier.Sample> samples =
          TopicModel.samples(normaliser, kb.trainingExamples());
      ModelStore store = new ModelStore(settings.modelCache());
      CompletableFuture<OpenNlpIntentClassifier> maxent =
          CompletableFuture.supplyAsync(
              () ->
                  store.categoriser(
                      kb.trainingExamples(), kb.synonyms(), samples, Algorithm.MAXENT_QN),
              loaders);
      CompletableFuture<HybridGuard> guard =
          CompletableFuture.supplyAsync(
              () -> HybridGuard.create(kb, settings.modelCache()), loaders);
      OpenNlpIntentClassifier bayes =
          store.categoriser(kb.trainingExamples(), kb.synonyms(), samples, Algorithm.NAIVE_BAYES);
      CaseModel cases = CaseModel.train(kb, normaliser, store);
      TopicModel model =
          TopicModel.assemble(normaliser, maxent.join(), bayes, samples, kb.topics());
      return new CoachEngine(kb, settings, guard.join(), model, cases, builder);
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    } finally {
      loaders.shutdown();
    }
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
  public Reply handle(Turn turn) {
    try {
      return respond(turn);
    } catch (RuntimeException e) {
      LOG.error(
          "turn failed in conversation {}: {}", turn.conversationId(), e.getClass().getName());
      forget(turn.conversationId());
      return composer.help(
          List.of(
              new Notice(
                  Notice.Kind.INFO, "Sorry, something went wrong on my side. Please try again.")));
    }
  }

  /**
   * Answers a topic or case the person picked (a "did you mean", related or full-guidance button):
   * the case's short answer, or the topic's summary, then the full guidance.
   */
  public Reply choose(Turn turn, String topicOrCaseId) {
    Optional<Case> chosen = kb.caseById(topicOrCaseId);
    Optional<Topic> topic =
        kb.entry(chosen.map(Case::topic).orElse(topicOrCaseId)).filter(t -> !t.route());
    if (topic.isEmpty()) {
      return handle(turn);
    }
    ConversationContext context = context(turn.conversationId());
    save(turn.conversationId(), context, topic.get().id(), chosen.map(Case::id));
    AnswerComposer.Setting setting = setting(context);
    return logged(
        turn,
        setting,
        composer.chosen(topic.get(), chosen, nationNotice(context), setting),
        Optional.empty());
  }

  /**
   * The practitioner topic a text is about, as the classifier reads it without any follow-up
   * context (a champion's new tip, say); empty for routes such as out-of-scope.
   */
  public Optional<String> topicOf(String text) {
    Reply reply =
        handle(
            new Turn(
                "topic-detector", "topic-detector:" + java.util.UUID.randomUUID(), text, INTERNAL));
    return kb.entry(reply.topic()).filter(t -> !t.route()).map(Topic::id);
  }

  /** The personal-data guard the engine runs first; adapters may use it for their own logs. */
  public PersonalDataGuard guard() {
    return guard;
  }

  private Reply respond(Turn turn) {
    List<Notice> notices = new ArrayList<>();
    String text = turn.text();
    int max = settings.thresholds().maxChars();
    if (text.length() > max) {
      text = text.substring(0, max);
      notices.add(new Notice(Notice.Kind.TRUNCATED, kb.dialogue().text("truncated")));
    }
    Redaction redaction = guard.redact(text);
    if (redaction.foundAny()) {
      notices.add(0, new Notice(Notice.Kind.PRIVACY, kb.dialogue().text("privacy_reminder")));
    }
    String clean = redaction.redacted();
    if (clean.isBlank()) {
      return composer.help(notices);
    }
    Optional<String> command = kb.dialogue().command(clean);
    if (command.filter("topics"::equals).isPresent()) {
      return composer.topics();
    }
    if (command.filter("help"::equals).isPresent()) {
      return composer.help(notices);
    }
    String[] tokens = model.tokens(clean);
    Ranking ranking = model.rank(tokens);
    ConversationContext before = context(turn.conversationId());
    ConversationContext context = named(before, clean);
    Decision decision =
        resolver.decide(clean, readable(clean, redaction), ranking, context.topic());
    CaseModel.Choice choice = new CaseModel.Choice(List.of());
    switch (decision.route()) {
      case ANSWER -> {
        choice = cases.rank(decision.topic(), tokens);
        Optional<String> chosen = composer.chosenCase(choice).map(Case::id);
        save(turn.conversationId(), context, decision.topic(), chosen);
      }
      case ESCALATE -> {
        forget(turn.conversationId());
        keepNation(turn.conversationId(), context);
      }
      default -> {
        if (!context.nation().equals(before.nation())) {
          contexts.save(turn.conversationId(), context);
        }
      }
    }
    if (decision.route() != Route.ESCALATE) {
      notices.addAll(nationNotice(context));
    }
    AnswerComposer.Setting setting = setting(context);
    Reply reply = composer.compose(decision, notices, redaction.foundAny(), setting, choice);
    boolean unanswered = reply.route() == Route.FALLBACK || reply.route() == Route.CLARIFY;
    return logged(turn, setting, reply, unanswered ? Optional.of(clean) : Optional.empty());
  }

  /**
   * Reports the turn to the turn log (never its text as typed; the redacted text only when the
   * coach could not answer it), and returns the reply.
   */
  private Reply logged(
      Turn turn, AnswerComposer.Setting setting, Reply reply, Optional<String> unanswered) {
    if (turn.origin() == INTERNAL) {
      return reply;
    }
    try {
      turnLog.record(
          new TurnLog.Entry(
              settings.clock().instant(),
              turn.userId(),
              turn.origin(),
              setting.nation(),
              reply.route(),
              reply.topic(),
              reply
                  .part(org.dpcoach.core.model.ReplyPart.ShortAnswer.class)
                  .flatMap(org.dpcoach.core.model.ReplyPart.ShortAnswer::caseId),
              reply.confidence(),
              reply.answerPrivately(),
              unanswered));
    } catch (RuntimeException e) {
      LOG.warn("the turn log failed: {}", e.getClass().getName());
    }
    return reply;
  }

  /** The conversation's context, or an empty one when there is none or it has expired. */
  private ConversationContext context(String conversationId) {
    Instant now = settings.clock().instant();
    return contexts
        .find(conversationId)
        .filter(c -> !c.updated().plus(settings.contextTtl()).isBefore(now))
        .orElse(ConversationContext.empty(now));
  }

  private void save(
      String conversationId, ConversationContext context, String topic, Optional<String> caseId) {
    contexts.save(
        conversationId,
        new ConversationContext(
            Optional.of(topic), caseId, context.nation(), settings.clock().instant()));
  }

  /**
   * The context with the nation the person named in this message ("I'm SSSC registered", "I work in
   * Glasgow"), read on the redacted text; their words win over the deployment's setting.
   */
  private ConversationContext named(ConversationContext context, String clean) {
    return kb.nationCues()
        .named(clean)
        .map(
            n ->
                new ConversationContext(
                    context.topic(), context.caseId(), Optional.of(n), settings.clock().instant()))
        .orElse(context);
  }

  /** After an escalation the topic is forgotten, but the nation the person named stays. */
  private void keepNation(String conversationId, ConversationContext context) {
    if (context.nation().isPresent()) {
      contexts.save(
          conversationId,
          new ConversationContext(
              Optional.empty(), Optional.empty(), context.nation(), settings.clock().instant()));
    }
  }

  private void forget(String conversationId) {
    try {
      contexts.forget(conversationId);
    } catch (RuntimeException e) {
      LOG.warn("could not forget a conversation's context: {}", e.getClass().getName());
    }
  }

  /** "Answering for Scotland", when the person named their nation in this conversation. */
  private List<Notice> nationNotice(ConversationContext context) {
    return context
        .nation()
        .map(
            n ->
                List.of(
                    new Notice(
                        Notice.Kind.NATION,
                        kb.dialogue().text("answering_for").replace("{nation}", n.displayName()))))
        .orElse(List.of());
  }

  private AnswerComposer.Setting setting(ConversationContext context) {
    return new AnswerComposer.Setting(context.nation().orElse(settings.jurisdiction()), today());
  }

  /**
   * How much of the message the knowledge can read: its words other than placeholders, and how many
   * of them the training data has seen (a placeholder counts as an unseen word).
   */
  private TurnResolver.Readability readable(String clean, Redaction redaction) {
    String words = clean;
    for (var finding : redaction.findings()) {
      words = words.replace(finding.kind().placeholder(), " ");
    }
    String[] tokens = model.tokens(words);
    return new TurnResolver.Readability(
        tokens.length + redaction.findings().size(), model.known(tokens));
  }

  private LocalDate today() {
    return LocalDate.now(settings.clock());
  }
}
