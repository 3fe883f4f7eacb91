package org.dpcoach.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.util.http.SlackHttpClient;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import okhttp3.OkHttpClient;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.port.ChannelPoster;
import org.dpcoach.core.port.FeedbackSink;
import org.dpcoach.core.practice.PracticeDesks;
import org.dpcoach.support.Inbox;
import org.dpcoach.support.InboxSweeper;
import org.dpcoach.support.NoDelaySockets;
import org.dpcoach.support.WorkerPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack app: Bolt for Java wired to the coach, served over Socket Mode or on the app's own
 * Javalin server at {@value #EVENTS_PATH}. Create one with {@link #create}; it checks the bot token
 * with {@code auth.test} at once.
 */
public final class SlackAdapter implements AutoCloseable {
  /** The one HTTP path for events, slash commands and interactivity. */
  public static final String EVENTS_PATH = "/slack/events";

  static final int WORKERS = 4;
  static final int QUEUE = 5_000;
  private static final Logger LOG = LoggerFactory.getLogger(SlackAdapter.class);

  private final SlackSettings settings;
  private final Slack slack;
  private final App app;
  private final ExecutorService executor;
  private final Clock clock;
  private final InboxSweeper sweeper;
  private SocketModeApp socketMode;

  private SlackAdapter(
      SlackSettings settings,
      Slack slack,
      App app,
      ExecutorService executor,
      Clock clock,
      InboxSweeper sweeper) {
    this.settings = settings;
    this.slack = slack;
    this.app = app;
    this.executor = executor;
    this.clock = clock;
    this.sweeper = sweeper;
  }

  /** Wires the coach to Slack, with feedback only logged (topic and verdict, never text). */
  public static SlackAdapter create(CoachEngine engine, SlackSettings settings) {
    return create(engine, settings, FeedbackSink.logging());
  }

  /** Wires the coach to Slack, sending feedback to the given sink. */
  public static SlackAdapter create(
      CoachEngine engine, SlackSettings settings, FeedbackSink feedback) {
    return create(engine, settings, feedback, Optional.empty());
  }

  /**
   * Wires the coach, and tips and group supervision when desks are given, with feedback only
   * logged.
   */
  public static SlackAdapter create(
      CoachEngine engine, SlackSettings settings, Optional<PracticeDesks> practice) {
    return create(engine, settings, FeedbackSink.logging(), practice);
  }

  /** Wires the coach, and tips and group supervision when desks are given, to Slack. */
  public static SlackAdapter create(
      CoachEngine engine,
      SlackSettings settings,
      FeedbackSink feedback,
      Optional<PracticeDesks> practice) {
    return create(engine, settings, feedback, practice, Inbox.inMemory());
  }

  /**
   * Wires the coach, and tips and group supervision when desks are given, to Slack, recording every
   * request in the given inbox before acknowledging it (the database's inbox is shared by every
   * instance and survives restarts).
   */
  public static SlackAdapter create(
      CoachEngine engine,
      SlackSettings settings,
      FeedbackSink feedback,
      Optional<PracticeDesks> practice,
      Inbox inbox) {
    return create(
        engine, settings, feedback, practice, Clock.systemUTC(), Pause.SLEEP, executor(), inbox);
  }

  /**
   * Slack's channel out-port for tips and supervision posts (the desks and the timer post through
   * it).
   */
  public static ChannelPoster channelPoster(SlackSettings settings) {
    Objects.requireNonNull(settings, "settings must not be null");
    SdkLogging.requireInfoOrAbove();
    SlackConfig config = slackConfig(settings);
    Slack slack =
        Slack.getInstance(config, new SlackHttpClient(SlackHttpClient.buildOkHttpClient(config)));
    return new SlackChannelPoster(
        new SlackPoster(slack, settings.botToken(), settings.apiUrl(), Pause.SLEEP),
        new PracticeRenderer());
  }

  static SlackAdapter create(
      CoachEngine engine, SlackSettings settings, FeedbackSink feedback, Clock clock, Pause pause) {
    return create(engine, settings, feedback, Optional.empty(), clock, pause, executor());
  }

  static SlackAdapter create(
      CoachEngine engine,
      SlackSettings settings,
      FeedbackSink feedback,
      Optional<PracticeDesks> practice,
      Clock clock,
      Pause pause) {
    return create(engine, settings, feedback, practice, clock, pause, executor());
  }

  static SlackAdapter create(
      CoachEngine engine,
      SlackSettings settings,
      FeedbackSink feedback,
      Clock clock,
      Pause pause,
      ExecutorService executor) {
    return create(engine, settings, feedback, Optional.empty(), clock, pause, executor);
  }

  static SlackAdapter create(
      CoachEngine engine,
      SlackSettings settings,
      FeedbackSink feedback,
      Optional<PracticeDesks> desks,
      Clock clock,
      Pause pause,
      ExecutorService executor) {
    return create(engine, settings, feedback, desks, clock, pause, executor, Inbox.inMemory());
  }

  static SlackAdapter create(
      CoachEngine engine,
      SlackSettings settings,
      FeedbackSink feedback,
      Optional<PracticeDesks> desks,
      Clock clock,
      Pause pause,
      ExecutorService executor,
      Inbox inbox) {
    Objects.requireNonNull(engine, "engine must not be null");
    Objects.requireNonNull(inbox, "inbox must not be null");
    Objects.requireNonNull(settings, "settings must not be null");
    Objects.requireNonNull(feedback, "feedback sink must not be null");
    SdkLogging.requireInfoOrAbove();
    SlackConfig config = slackConfig(settings);
    OkHttpClient http =
        SlackHttpClient.buildOkHttpClient(config)
            .newBuilder()
            .socketFactory(new NoDelaySockets())
            .build();
    Slack slack = Slack.getInstance(config, new SlackHttpClient(http));
    App app = new App(appConfig(settings, slack));
    SlackPoster poster = new SlackPoster(slack, settings.botToken(), settings.apiUrl(), pause);
    Coaching coaching = new Coaching(engine, new BlockKitRenderer(), poster, executor);
    Practice practice =
        new Practice(
            Objects.requireNonNull(desks, "practice desks must not be null (use Optional.empty())"),
            new PracticeRenderer(),
            poster);
    ChampionQueue champions =
        new ChampionQueue(desks.flatMap(PracticeDesks::champions), new PracticeRenderer(), poster);
    SlackWork work =
        new SlackWork(inbox, coaching, poster, practice, new HomeView(engine), feedback, champions);
    PersonalDataGuard guard = cutFirst(engine);
    new EventListeners(work, guard).register(app);
    new InteractionListeners(work, guard).register(app);
    champions.register(
        app,
        guard,
        (req, job) ->
            work.take(
                    InteractionListeners.key("slack:action", req),
                    req.getPayload().getUser().getId(),
                    job)
                != SlackWork.Taken.FULL);
    try {
      app.start();
    } catch (RuntimeException e) {
      executor.shutdownNow();
      throw e;
    }
    InboxSweeper sweeper = InboxSweeper.start(inbox, SlackWork.PLATFORM, work::resume);
    return new SlackAdapter(settings, slack, app, executor, clock, sweeper);
  }

  /** Adds {@code POST /slack/events} to a Javalin configuration; needs the signing secret. */
  public void routes(JavalinConfig config) {
    String secret =
        settings
            .signingSecret()
            .orElseThrow(() -> new IllegalStateException("HTTP mode needs a signing secret"));
    config.routes.post(EVENTS_PATH, new HttpEndpoint(app, new SignatureCheck(secret, clock)));
  }

  /**
   * Opens Socket Mode (apps.connections.open, then the WebSocket, reconnecting on its own); needs
   * the app-level token.
   */
  public synchronized void startSocketMode() {
    String token =
        settings
            .appToken()
            .orElseThrow(() -> new IllegalStateException("Socket Mode needs an app-level token"));
    try {
      if (socketMode == null) {
        socketMode =
            new SocketModeApp(
                token, app, SocketModeClient.Backend.JavaWebSocket, SlackAdapter::socketModeError);
      }
      socketMode.startAsync();
    } catch (Exception e) {
      throw new IllegalStateException(
          "Socket Mode could not connect: " + e.getClass().getName(), e);
    }
  }

  /** Disconnects Socket Mode, if connected. */
  public synchronized void stopSocketMode() {
    if (socketMode == null) {
      return;
    }
    try {
      socketMode.close();
    } catch (Exception e) {
      LOG.warn("Socket Mode did not close cleanly: {}", e.getClass().getName());
    } finally {
      socketMode = null;
    }
  }

  /** Stops Socket Mode and lets queued answers finish for a few seconds. */
  @Override
  public void close() {
    stopSocketMode();
    sweeper.close();
    app.stop();
    WorkerPool.shutdown(executor, Duration.ofSeconds(5));
    try {
      slack.close();
    } catch (Exception e) {
      LOG.warn("Slack client did not close cleanly: {}", e.getClass().getName());
    }
  }

  /** Logs the failure's class only and sends no ack, so Slack retries the envelope. */
  private static com.slack.api.bolt.response.Response socketModeError(
      SocketModeApp.ErrorContext context) {
    if (!(context.getException() instanceof QueueFull)) {
      LOG.error("Socket Mode request failed: {}", context.getException().getClass().getName());
    }
    return null;
  }

  private static SlackConfig slackConfig(SlackSettings settings) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(settings.apiUrl().toString());
    config.setStatsEnabled(false);
    config.setPrettyResponseLoggingEnabled(false);
    config.setHttpClientCallTimeoutMillis(15_000);
    return config;
  }

  private static AppConfig appConfig(SlackSettings settings, Slack slack) {
    return AppConfig.builder()
        .slack(slack)
        .singleTeamBotToken(settings.botToken())
        .signingSecret(settings.signingSecret().orElse(null))
        .verificationToken(null)
        .clientId(null)
        .clientSecret(null)
        .redirectUri(null)
        .scope(null)
        .userScope(null)
        .allEventsApiAutoAckEnabled(true)
        .threadPoolSize(1)
        .build();
  }

  /**
   * The engine's guard over text cut to what the engine reads (the request thread redacts before
   * acknowledging, so a 40,000-character message must not cost it more than a question does).
   */
  private static PersonalDataGuard cutFirst(CoachEngine engine) {
    int max = engine.settings().thresholds().maxChars();
    PersonalDataGuard guard = engine.guard();
    return text -> guard.redact(text.length() > max ? text.substring(0, max) : text);
  }

  private static ExecutorService executor() {
    return WorkerPool.bounded("dpcoach-slack", WORKERS, QUEUE);
  }
}
