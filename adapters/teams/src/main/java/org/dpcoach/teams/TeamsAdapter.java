package org.dpcoach.teams;

import io.javalin.config.JavalinConfig;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.dpcoach.core.Answers;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.port.ChannelPoster;
import org.dpcoach.core.port.ConversationAddress;
import org.dpcoach.core.port.ConversationDirectory;
import org.dpcoach.core.port.FeedbackSink;
import org.dpcoach.core.practice.PracticeDesks;
import org.dpcoach.support.Inbox;
import org.dpcoach.support.InboxSweeper;
import org.dpcoach.support.Retry.Pause;
import org.dpcoach.support.WorkerPool;

/**
 * The Teams bot: the Bot Framework SDK wired to the coach and served on the app's own Javalin
 * server at {@value #MESSAGES_PATH}. Build one with {@link #builder}; it refuses settings without
 * credentials unless local mode is on.
 */
public final class TeamsAdapter implements AutoCloseable {
  /** The messaging endpoint to register with the Azure Bot resource. */
  public static final String MESSAGES_PATH = "/api/messages";

  static final int WORKERS = 4;
  static final int QUEUE = 1_000;

  private final TeamsSettings settings;
  private final MessagesEndpoint endpoint;
  private final Turns turns;
  private final Proactive proactive;
  private final AdaptiveCardRenderer renderer;
  private final ConversationDirectory references;
  private final ExecutorService executor;
  private final InboxSweeper sweeper;

  private TeamsAdapter(TeamsWiring.Parts parts) {
    this.settings = parts.settings;
    this.endpoint = parts.endpoint;
    this.turns = parts.turns;
    this.proactive = parts.proactive;
    this.renderer = parts.renderer;
    this.references = parts.references;
    this.executor = parts.executor;
    this.sweeper = parts.sweeper;
  }

  /**
   * A builder for the bot wired to the coach with these settings; the rest is optional
   * (conversation references kept in memory, feedback only logged, no practice desks, an in-memory
   * inbox).
   */
  public static Builder builder(CoachEngine engine, TeamsSettings settings) {
    return new Builder(engine, settings);
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
      TeamsSettings settings, ConversationDirectory references) {
    return channelPoster(
        settings,
        references,
        Credentials.of(settings),
        Pause.SLEEP,
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
  }

  static ChannelPoster channelPoster(
      TeamsSettings settings,
      ConversationDirectory references,
      Credentials credentials,
      Pause pause,
      HttpClient http) {
    Objects.requireNonNull(settings, "settings must not be null");
    Objects.requireNonNull(references, "conversation references must not be null");
    return TeamsChannelPoster.create(
        settings,
        references,
        new CoachHttpAdapter(TeamsWiring.provider(settings), credentials),
        pause,
        http);
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
  public ConversationDirectory references() {
    return references;
  }

  /**
   * Posts a reply as a card to a kept conversation, unasked; false when it could not be delivered.
   */
  public boolean sendProactive(ConversationAddress to, Reply reply) {
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

  /**
   * Builds a {@link TeamsAdapter}: each method checks its value at once, and {@link #start} refuses
   * settings without credentials unless local mode is on.
   */
  public static final class Builder {
    private final CoachEngine engine;
    private final TeamsSettings settings;
    private ConversationDirectory references = ConversationDirectory.inMemory();
    private FeedbackSink feedback = FeedbackSink.logging();
    private Optional<PracticeDesks> desks = Optional.empty();
    private Inbox inbox = Inbox.inMemory();
    private Answers answers;
    private Credentials credentials;
    private Pause pause = Pause.SLEEP;
    private ExecutorService executor;

    private Builder(CoachEngine engine, TeamsSettings settings) {
      this.engine = Objects.requireNonNull(engine, "engine must not be null");
      this.settings = Objects.requireNonNull(settings, "settings must not be null");
    }

    /**
     * Keeps conversation references in this directory (build the desks' {@link #channelPoster} over
     * the same one).
     */
    public Builder references(ConversationDirectory directory) {
      this.references =
          Objects.requireNonNull(directory, "conversation references must not be null");
      return this;
    }

    /** Sends feedback to the sink (topic, verdict and the redacted note only). */
    public Builder feedback(FeedbackSink sink) {
      this.feedback = Objects.requireNonNull(sink, "feedback sink must not be null");
      return this;
    }

    /**
     * Serves tips and group supervision from these desks (without them, practice commands get a
     * polite "not switched on" note).
     */
    public Builder desks(PracticeDesks practice) {
      this.desks = Optional.of(Objects.requireNonNull(practice, "desks must not be null"));
      return this;
    }

    /**
     * Records every activity in this inbox before acknowledging it (the database's inbox is shared
     * by every instance and survives restarts).
     */
    public Builder inbox(Inbox activities) {
      this.inbox = Objects.requireNonNull(activities, "inbox must not be null");
      return this;
    }

    /** What answers a turn (tests stand in for the engine). */
    Builder answers(Answers turns) {
      this.answers = Objects.requireNonNull(turns, "answers must not be null");
      return this;
    }

    /** The outgoing tokens (tests give a fixed one). */
    Builder credentials(Credentials tokens) {
      this.credentials = Objects.requireNonNull(tokens, "credentials must not be null");
      return this;
    }

    /** How a Bot Connector retry waits (tests record the pauses). */
    Builder pause(Pause wait) {
      this.pause = Objects.requireNonNull(wait, "pause must not be null");
      return this;
    }

    /** The pool the turns run on; the adapter shuts it down on close. */
    Builder executor(ExecutorService pool) {
      this.executor = Objects.requireNonNull(pool, "executor must not be null");
      return this;
    }

    /** Wires the bot; refuses settings without credentials outside local mode. */
    public TeamsAdapter start() {
      return new TeamsAdapter(
          TeamsWiring.wire(
              engine,
              settings,
              references,
              feedback,
              desks,
              answers != null ? answers : engine,
              credentials != null ? credentials : Credentials.of(settings),
              pause,
              executor != null ? executor : WorkerPool.bounded("dpcoach-teams", WORKERS, QUEUE),
              inbox));
    }
  }
}
