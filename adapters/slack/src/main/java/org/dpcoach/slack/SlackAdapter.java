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
 * Javalin server at {@value #EVENTS_PATH}. Build one with {@link #builder}; it checks the bot token
 * with {@code auth.test} when started.
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

  /**
   * A builder for the adapter wired to the coach with these settings; the rest is optional
   * (feedback only logged, no practice desks, an in-memory inbox).
   */
  public static Builder builder(CoachEngine engine, SlackSettings settings) {
    return new Builder(engine, settings);
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

  /**
   * Builds a {@link SlackAdapter}: each method checks its value at once, and {@link #start} checks
   * the bot token with {@code auth.test}.
   */
  public static final class Builder {
    private final CoachEngine engine;
    private final SlackSettings settings;
    private FeedbackSink feedback = FeedbackSink.logging();
    private Optional<PracticeDesks> desks = Optional.empty();
    private Inbox inbox = Inbox.inMemory();
    private Clock clock = Clock.systemUTC();
    private Pause pause = Pause.SLEEP;
    private ExecutorService executor;

    private Builder(CoachEngine engine, SlackSettings settings) {
      this.engine = Objects.requireNonNull(engine, "engine must not be null");
      this.settings = Objects.requireNonNull(settings, "settings must not be null");
    }

    /** Sends feedback to the sink (topic, verdict and the redacted note only). */
    public Builder feedback(FeedbackSink sink) {
      this.feedback = Objects.requireNonNull(sink, "feedback sink must not be null");
      return this;
    }

    /** Serves tips and group supervision from these desks. */
    public Builder desks(PracticeDesks practice) {
      this.desks = Optional.of(Objects.requireNonNull(practice, "desks must not be null"));
      return this;
    }

    /**
     * Records every request in this inbox before acknowledging it (the database's inbox is shared
     * by every instance and survives restarts).
     */
    public Builder inbox(Inbox requests) {
      this.inbox = Objects.requireNonNull(requests, "inbox must not be null");
      return this;
    }

    /** The clock request signatures are checked against (tests move it). */
    Builder clock(Clock now) {
      this.clock = Objects.requireNonNull(now, "clock must not be null");
      return this;
    }

    /** How a Web API retry waits (tests record the pauses). */
    Builder pause(Pause wait) {
      this.pause = Objects.requireNonNull(wait, "pause must not be null");
      return this;
    }

    /** The pool the answers run on; the adapter shuts it down on close. */
    Builder executor(ExecutorService pool) {
      this.executor = Objects.requireNonNull(pool, "executor must not be null");
      return this;
    }

    /** Wires the adapter; the bot token is checked with {@code auth.test} at once. */
    public SlackAdapter start() {
      ExecutorService pool =
          executor != null ? executor : WorkerPool.bounded("dpcoach-slack", WORKERS, QUEUE);
      SlackWiring.Wired wired =
          SlackWiring.start(engine, settings, feedback, desks, pause, pool, inbox);
      return new SlackAdapter(settings, wired, pool, clock);
    }
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
}
