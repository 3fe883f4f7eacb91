package org.dpcoach.teams;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.connector.Channels;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import io.javalin.config.JavalinConfig;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.model.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Teams bot: the Bot Framework SDK wired to the coach and served on the app's own Javalin
 * server at {@value #MESSAGES_PATH}. Create one with {@link #create}; it refuses settings without
 * credentials unless local mode is on.
 */
public final class TeamsAdapter implements AutoCloseable {
  /** The messaging endpoint to register with the Azure Bot resource. */
  public static final String MESSAGES_PATH = "/api/messages";

  static final int WORKERS = 4;
  static final int QUEUE = 1_000;
  static final int PROACTIVE_SECONDS = 60;
  private static final Logger LOG = LoggerFactory.getLogger(TeamsAdapter.class);
  private static final FeedbackSink LOGGING_SINK =
      f ->
          LOG.info(
              "feedback on {} (knowledge {}): helpful={}, said what was missing={}",
              f.topic(),
              f.knowledgeVersion(),
              f.helpful(),
              f.missing().isPresent());

  private final TeamsSettings settings;
  private final CoachHttpAdapter adapter;
  private final MessagesEndpoint endpoint;
  private final Admission admission;
  private final Turns turns;
  private final Delivery delivery;
  private final AdaptiveCardRenderer renderer;
  private final ConversationReferences references;
  private final ExecutorService executor;

  private TeamsAdapter(Parts parts) {
    this.settings = parts.settings;
    this.adapter = parts.adapter;
    this.endpoint = parts.endpoint;
    this.admission = parts.admission;
    this.turns = parts.turns;
    this.delivery = parts.delivery;
    this.renderer = parts.renderer;
    this.references = parts.references;
    this.executor = parts.executor;
  }

  /**
   * Wires the coach to Teams with references kept in memory and feedback only logged (topic and
   * verdict, never text).
   */
  public static TeamsAdapter create(CoachEngine engine, TeamsSettings settings) {
    return create(engine, settings, ConversationReferences.inMemory(), LOGGING_SINK);
  }

  /**
   * Wires the coach to Teams, keeping conversation references in the given store and sending
   * feedback to the sink.
   */
  public static TeamsAdapter create(
      CoachEngine engine,
      TeamsSettings settings,
      ConversationReferences references,
      FeedbackSink feedback) {
    Objects.requireNonNull(engine, "engine must not be null");
    return create(
        engine,
        settings,
        references,
        feedback,
        Answers.of(engine),
        Credentials.of(settings),
        Pause.SLEEP,
        executor());
  }

  static TeamsAdapter create(
      CoachEngine engine,
      TeamsSettings settings,
      ConversationReferences references,
      FeedbackSink feedback,
      Answers answers,
      Credentials credentials,
      Pause pause,
      ExecutorService executor) {
    Objects.requireNonNull(engine, "engine must not be null");
    Objects.requireNonNull(settings, "settings must not be null");
    Objects.requireNonNull(references, "conversation references must not be null");
    Objects.requireNonNull(feedback, "feedback sink must not be null");
    if (!settings.authenticated() && !settings.localMode()) {
      throw new IllegalStateException(
          "Teams refuses to start without credentials outside local mode");
    }
    ChannelValidation.setOpenIdMetaDataUrl(
        settings
            .openIdMetadataUrl()
            .map(URI::toString)
            .orElse(AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL));
    Parts parts = new Parts();
    parts.settings = settings;
    parts.references = references;
    parts.executor = executor;
    SimpleCredentialProvider provider =
        new SimpleCredentialProvider(
            settings.appId().orElse(null), settings.appPassword().orElse(null));
    parts.adapter = new CoachHttpAdapter(provider, credentials);
    parts.delivery = new Delivery(pause);
    parts.adapter.setOnTurnError(new TurnErrors(parts.delivery));
    parts.renderer = new AdaptiveCardRenderer();
    Replies replies =
        new Replies(parts.renderer, parts.delivery, new PrivateAnswer(parts.delivery));
    CoachBot bot =
        new CoachBot(
            answers,
            engine.guard(),
            replies,
            WelcomeCard.of(engine, parts.renderer),
            references,
            feedback);
    parts.turns = new Turns(parts.adapter, bot, executor);
    parts.admission = new Admission(settings);
    parts.endpoint = new MessagesEndpoint(settings, provider, parts.admission, parts.turns);
    return new TeamsAdapter(parts);
  }

  /**
   * Adds {@code POST /api/messages} to a Javalin configuration; in local mode it also binds the
   * server to loopback.
   */
  public void routes(JavalinConfig config) {
    if (settings.localMode()) {
      config.jetty.host = "127.0.0.1";
    }
    config.routes.post(MESSAGES_PATH, endpoint);
  }

  /** The conversation references kept so far, for tips and supervision prompts. */
  public ConversationReferences references() {
    return references;
  }

  /**
   * Posts a reply as a card to a kept conversation, unasked; false when it could not be delivered.
   */
  public boolean sendProactive(TeamsConversation to, Reply reply) {
    Objects.requireNonNull(to, "conversation must not be null");
    Objects.requireNonNull(reply, "reply must not be null");
    if (!admission.serviceUrlAllowed(to.serviceUrl())) {
      LOG.warn("refused a proactive message to a service URL off the allow-list");
      return false;
    }
    AtomicBoolean sent = new AtomicBoolean();
    try {
      ConversationReference reference = reference(to);
      adapter
          .continueConversation(
              settings.appId().orElse(""),
              reference,
              context -> {
                // a new message, not a reply: the SDK's continuation activity has a made-up id to
                // reply to
                ConnectorClient client =
                    context.getTurnState().get(BotFrameworkAdapter.CONNECTOR_CLIENT_KEY);
                Activity message = Replies.activity(renderer.render(reply));
                message.setConversation(reference.getConversation());
                message.setFrom(reference.getBot());
                message.setChannelId(reference.getChannelId());
                message.setServiceUrl(reference.getServiceUrl());
                sent.set(
                    delivery
                        .call(
                            "send proactive message",
                            () ->
                                client
                                    .getConversations()
                                    .sendToConversation(message)
                                    .thenApply(Delivery::orEmpty))
                        .isPresent());
                return CompletableFuture.completedFuture(null);
              })
          .get(PROACTIVE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.warn("proactive message failed: {}", Delivery.rootClass(e));
    }
    return sent.get();
  }

  /** Lets queued turns finish for a few seconds. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** How many activities have reached the SDK pipeline (for tests: refused ones never do). */
  long turnsStarted() {
    return turns.started();
  }

  private static ConversationReference reference(TeamsConversation to) {
    ConversationReference reference = new ConversationReference();
    reference.setChannelId(Channels.MSTEAMS);
    reference.setServiceUrl(to.serviceUrl());
    ConversationAccount conversation = new ConversationAccount(to.conversationId());
    to.tenantId().ifPresent(conversation::setTenantId);
    to.conversationType().ifPresent(conversation::setConversationType);
    reference.setConversation(conversation);
    reference.setBot(new ChannelAccount(to.botId()));
    to.userId().ifPresent(u -> reference.setUser(new ChannelAccount(u)));
    return reference;
  }

  private static ExecutorService executor() {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory threads =
        r -> {
          Thread t = new Thread(r, "dpcoach-teams-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    return new ThreadPoolExecutor(
        WORKERS,
        WORKERS,
        60,
        TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(QUEUE),
        threads,
        new ThreadPoolExecutor.AbortPolicy());
  }

  /** The wired pieces, gathered while building. */
  private static final class Parts {
    TeamsSettings settings;
    CoachHttpAdapter adapter;
    MessagesEndpoint endpoint;
    Admission admission;
    Turns turns;
    Delivery delivery;
    AdaptiveCardRenderer renderer;
    ConversationReferences references;
    ExecutorService executor;
  }
}
