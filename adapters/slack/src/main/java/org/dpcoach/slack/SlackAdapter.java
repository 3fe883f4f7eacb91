package org.dpcoach.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.port.ChannelPoster;
import org.dpcoach.core.port.FeedbackSink;
import org.dpcoach.core.practice.PracticeDesks;
import org.dpcoach.support.Inbox;
import org.dpcoach.support.InboxSweeper;
import org.dpcoach.support.Retry.Pause;
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
  private final SocketMode socketMode;

  private SlackAdapter(
      SlackSettings settings, SlackWiring.Wired wired, ExecutorService executor, Clock clock) {
    this.settings = settings;
    this.slack = wired.slack();
    this.app = wired.app();
    this.executor = executor;
    this.clock = clock;
    this.sweeper = wired.sweeper();
    this.socketMode = new SocketMode(settings, wired.app());
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
    Slack slack = SlackWiring.postingClient(settings);
    return new SlackChannelPoster(
        new SlackPoster(slack, settings.botToken(), settings.apiUrl(), Pause.SLEEP),
        new BlockKitRenderer());
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
    SlackWiring.Wired wired =
        SlackWiring.start(engine, settings, feedback, desks, pause, executor, inbox);
    return new SlackAdapter(settings, wired, executor, clock);
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
  public void startSocketMode() {
    socketMode.start();
  }

  /** Disconnects Socket Mode, if connected. */
  public void stopSocketMode() {
    socketMode.stop();
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

  private static ExecutorService executor() {
    return WorkerPool.bounded("dpcoach-slack", WORKERS, QUEUE);
  }
}
