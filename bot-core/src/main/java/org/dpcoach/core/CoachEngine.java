package org.dpcoach.core;

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
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart.Notice;
import org.dpcoach.core.model.Turn;
import org.dpcoach.core.nlp.Normaliser;
import org.dpcoach.core.nlp.OpenNlpIntentClassifier;
import org.dpcoach.core.nlp.OpenNlpIntentClassifier.Algorithm;
import org.dpcoach.core.nlp.Ranking;
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

  private final KnowledgeBase kb;
  private final CoachSettings settings;
  private final PersonalDataGuard guard;
  private final TopicModel model;
  private final TurnResolver resolver;
  private final AnswerComposer composer;
  private final ConversationMemory memory;

  private CoachEngine(
      KnowledgeBase kb, CoachSettings settings, PersonalDataGuard guard, TopicModel model) {
    this.kb = kb;
    this.settings = settings;
    this.guard = guard;
    this.model = model;
    SafeguardingRouter router =
        new SafeguardingRouter(kb.safeguardingCues(), settings.thresholds().emergencyVote());
    this.resolver =
        new TurnResolver(settings.thresholds(), router, kb.dialogue().followUpMarkers());
    this.composer = new AnswerComposer(kb, settings.jurisdiction());
    this.memory =
        new ConversationMemory(settings.contextTtl(), settings.contextCapacity(), settings.clock());
  }

  /** Trains (or loads from the cache) the classifier for this knowledge and starts the coach. */
  public static CoachEngine start(KnowledgeBase kb, CoachSettings settings) {
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
      TopicModel model =
          TopicModel.assemble(normaliser, maxent.join(), bayes, samples, kb.topics());
      return new CoachEngine(kb, settings, guard.join(), model);
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
      memory.forget(turn.conversationId());
      return composer.help(
          List.of(
              new Notice(
                  Notice.Kind.INFO, "Sorry, something went wrong on my side. Please try again.")));
    }
  }

  /** Answers a topic the person picked (a "did you mean" or related-topic button). */
  public Reply choose(Turn turn, String topicId) {
    Optional<Topic> topic = kb.entry(topicId).filter(t -> !t.route());
    if (topic.isEmpty()) {
      return handle(turn);
    }
    memory.remember(turn.conversationId(), topicId);
    return composer.chosen(topicId, today());
  }

  /**
   * The practitioner topic a text is about, as the classifier reads it without any follow-up
   * context (a champion's new tip, say); empty for routes such as out-of-scope.
   */
  public Optional<String> topicOf(String text) {
    Reply reply =
        handle(new Turn("topic-detector", "topic-detector:" + java.util.UUID.randomUUID(), text));
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
    Decision decision =
        resolver.decide(
            clean, readable(clean, redaction), ranking, memory.lastTopic(turn.conversationId()));
    switch (decision.route()) {
      case ANSWER -> memory.remember(turn.conversationId(), decision.topic());
      case ESCALATE -> memory.forget(turn.conversationId());
      default -> {}
    }
    return composer.compose(decision, notices, redaction.foundAny(), today());
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
