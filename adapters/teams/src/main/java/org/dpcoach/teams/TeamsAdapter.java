package org.dpcoach.teams;

import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import io.javalin.config.JavalinConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.port.ChannelPoster;
import org.dpcoach.core.port.FeedbackSink;
import org.dpcoach.core.practice.PracticeDesks;
import org.dpcoach.support.Inbox;
import org.dpcoach.support.InboxSweeper;
import org.dpcoach.support.WorkerPool;

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

  private final TeamsSettings settings;
  private final CoachHttpAdapter adapter;
  private final MessagesEndpoint endpoint;
  private final Admission admission;
  private final Turns turns;
  private final Proactive proactive;
  private final AdaptiveCardRenderer renderer;
  private final ConversationReferences references;
  private final ExecutorService executor;
  private final InboxSweeper sweeper;

  private TeamsAdapter(Parts parts) {
    this.settings = parts.settings;
    this.adapter = parts.adapter;
    this.endpoint = parts.endpoint;
    this.admission = parts.admission;
    this.turns = parts.turns;
    this.proactive = parts.proactive;
    this.renderer = parts.renderer;
    this.references = parts.references;
    this.executor = parts.executor;
    this.sweeper = parts.sweeper;
  }

  /**
   * Wires the coach to Teams with references kept in memory and feedback only logged (topic and
   * verdict, never text).
   */
  public static TeamsAdapter create(CoachEngine engine, TeamsSettings settings) {
    return create(engine, settings, ConversationReferences.inMemory(), FeedbackSink.logging());
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
    return create(engine, settings, references, feedback, Optional.empty());
  }

  /**
   * Wires the coach to Teams with tips and group supervision (when {@code desks} is present; else
   * practice commands get a polite "not switched on" note). Build the desks with {@link
   * #channelPoster} over the same references.
   */
  public static TeamsAdapter create(
      CoachEngine engine,
      TeamsSettings settings,
      ConversationReferences references,
      FeedbackSink feedback,
      Optional<PracticeDesks> desks) {
    return create(engine, settings, references, feedback, desks, Inbox.inMemory());
  }

  /**
   * Wires the coach to Teams as above, recording every activity in the given inbox before
   * acknowledging it (the database's inbox is shared by every instance and survives restarts).
   */
  public static TeamsAdapter create(
      CoachEngine engine,
      TeamsSettings settings,
      ConversationReferences references,
      FeedbackSink feedback,
      Optional<PracticeDesks> desks,
      Inbox inbox) {
    Objects.requireNonNull(engine, "engine must not be null");
    return create(
        engine,
        settings,
        references,
        feedback,
        desks,
        Answers.of(engine),
        Credentials.of(settings),
        Pause.SLEEP,
        executor(),
        inbox);
  }

  /**
   * Teams' channel poster for the tips publisher and the supervision desk (platform {@value
   * TeamsChannelPoster#PLATFORM}): it posts Adaptive Cards, unasked, to the conversations kept in
   * {@code references} (service URLs on the allow-list only), and finds a keyed tip again with
   * Microsoft Graph when the settings have credentials and the team gave the app the
   * resource-specific consent {@code ChannelMessage.Read.Group}. Without Graph, {@code find} finds
   * nothing and the tips reconcile step posts a tip whose answer was lost again: at least once, not
   * exactly once. It needs no running adapter.
   */
  public static ChannelPoster channelPoster(
      TeamsSettings settings, ConversationReferences references) {
    return channelPoster(
        settings,
        references,
        Credentials.of(settings),
        Pause.SLEEP,
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
  }

  static ChannelPoster channelPoster(
      TeamsSettings settings,
      ConversationReferences references,
      Credentials credentials,
      Pause pause,
      HttpClient http) {
    Objects.requireNonNull(settings, "settings must not be null");
    Objects.requireNonNull(references, "conversation references must not be null");
    return TeamsChannelPoster.create(
        settings, references, new CoachHttpAdapter(provider(settings), credentials), pause, http);
  }

  static TeamsAdapter create(
      CoachEngine engine,
      TeamsSettings settings,
      ConversationReferences references,
      FeedbackSink feedback,
      Optional<PracticeDesks> desks,
      Answers answers,
      Credentials credentials,
      Pause pause,
      ExecutorService executor) {
    return create(
        engine,
        settings,
        references,
        feedback,
        desks,
        answers,
        credentials,
        pause,
        executor,
        Inbox.inMemory());
  }

  static TeamsAdapter create(
      CoachEngine engine,
      TeamsSettings settings,
      ConversationReferences references,
      FeedbackSink feedback,
      Optional<PracticeDesks> desks,
      Answers answers,
      Credentials credentials,
      Pause pause,
      ExecutorService executor,
      Inbox inbox) {
    Objects.requireNonNull(engine, "engine must not be null");
    Objects.requireNonNull(inbox, "inbox must not be null");
    Objects.requireNonNull(settings, "settings must not be null");
    Objects.requireNonNull(references, "conversation references must not be null");
    Objects.requireNonNull(feedback, "feedback sink must not be null");
    Objects.requireNonNull(desks, "desks must not be null (use Optional.empty())");
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
    SimpleCredentialProvider provider = provider(settings);
    parts.adapter = new CoachHttpAdapter(provider, credentials);
    parts.delivery = new Delivery(pause);
    parts.proactive = new Proactive(parts.adapter, settings, parts.delivery);
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
            feedback,
            new Practice(desks, new PracticeCards(), replies),
            new ChampionCards(
                desks.flatMap(PracticeDesks::champions),
                new PracticeCards(),
                replies,
                references,
                engine.guard()));
    parts.turns =
        new Turns(
            parts.adapter,
            bot,
            executor,
            inbox,
            engine.guard(),
            engine.settings().thresholds().maxChars());
    parts.sweeper = InboxSweeper.start(inbox, Turns.PLATFORM, parts.turns::resume);
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
    return proactive
        .send(to, to.conversationId(), Replies.activity(renderer.render(reply)))
        .isPresent();
  }

  /** Lets queued turns finish for a few seconds. */
  @Override
  public void close() {
    sweeper.close();
    WorkerPool.shutdown(executor, Duration.ofSeconds(5));
  }

  /** How many activities have reached the SDK pipeline (for tests: refused ones never do). */
  long turnsStarted() {
    return turns.started();
  }

  /** Takes over abandoned activities now, as the periodic sweep does (for tests). */
  int sweepNow() {
    return sweeper.sweep();
  }

  /** How many redelivered activities were dropped (for tests). */
  long redeliveriesDropped() {
    return turns.dropped();
  }

  static SimpleCredentialProvider provider(TeamsSettings settings) {
    return new SimpleCredentialProvider(
        settings.appId().orElse(null), settings.appPassword().orElse(null));
  }

  private static ExecutorService executor() {
    return WorkerPool.bounded("dpcoach-teams", WORKERS, QUEUE);
  }

  /** The wired pieces, gathered while building. */
  private static final class Parts {
    TeamsSettings settings;
    CoachHttpAdapter adapter;
    MessagesEndpoint endpoint;
    Admission admission;
    Turns turns;
    Delivery delivery;
    Proactive proactive;
    AdaptiveCardRenderer renderer;
    ConversationReferences references;
    ExecutorService executor;
    InboxSweeper sweeper;
  }
}
