package org.dpcoach.app;

import io.javalin.Javalin;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.port.ChannelPoster;
import org.dpcoach.core.port.ConversationDirectory;
import org.dpcoach.core.port.FeedbackSink;
import org.dpcoach.core.port.TurnLog;
import org.dpcoach.core.practice.PracticeDesks;
import org.dpcoach.insights.Insights;
import org.dpcoach.local.WebChat;
import org.dpcoach.slack.SlackAdapter;
import org.dpcoach.store.Database;
import org.dpcoach.support.Inbox;
import org.dpcoach.teams.TeamsAdapter;

/**
 * {@code dpcoach serve}: one Javalin server with {@code /healthz}, Slack's {@code /slack/events}
 * (HTTP mode), Teams' {@code /api/messages}, the localhost web chat and the insights page, plus
 * Slack Socket Mode, as configured; tips and supervision post to both platforms through one
 * database and scheduler; with a database every inbound request is recorded in its inbox before it
 * is acknowledged, and every answered turn and feedback is counted there for insights.
 */
final class ServeCommand {
  private ServeCommand() {}

  /** The running server, adapters and tips scheduler; {@link #close()} stops them. */
  record Running(
      Javalin http,
      Optional<SlackAdapter> slack,
      Optional<TeamsAdapter> teams,
      Optional<PracticeWiring.Running> practice)
      implements AutoCloseable {
    int port() {
      return http.port();
    }

    @Override
    public void close() {
      slack.ifPresent(SlackAdapter::close);
      teams.ifPresent(TeamsAdapter::close);
      practice.ifPresent(PracticeWiring.Running::close);
      http.stop();
    }
  }

  /** Starts with the database the settings name (opened here); the engine logs no turns. */
  static Running start(CoachEngine engine, ServeSettings settings, PrintStream err) {
    return start(engine, settings, settings.practice().store().map(Database::open), err);
  }

  /**
   * Serves on a database the caller opened (which {@link Running#close()} closes), or none; the
   * engine should report its turns to that database's insights recorder. Time comes from the
   * engine's clock.
   */
  static Running start(
      CoachEngine engine, ServeSettings settings, Optional<Database> db, PrintStream err) {
    Clock clock = engine.settings().clock();
    ConversationDirectory references =
        db.map(d -> d.conversations(clock)).orElseGet(ConversationDirectory::inMemory);
    Map<String, ChannelPoster> posters = new HashMap<>();
    settings.slack().ifPresent(s -> posters.put("slack", SlackAdapter.channelPoster(s)));
    settings
        .teams()
        .ifPresent(t -> posters.put("teams", TeamsAdapter.channelPoster(t, references)));
    AtomicInteger port = new AtomicInteger(settings.port());
    Optional<Insights> insights =
        db.map(
            d ->
                Insights.create(
                    d,
                    engine.knowledge(),
                    settings.insights(),
                    clock,
                    () -> ownAddress(settings.host(), port.get())));
    Optional<PracticeWiring.Running> practice =
        db.map(d -> PracticeWiring.start(engine, settings.practice(), d, posters, clock, insights));
    Optional<PracticeDesks> desks = practice.map(PracticeWiring.Running::desks);
    FeedbackSink feedback =
        db.<FeedbackSink>map(d -> d.insightsRecorder(settings.insights().keepUnanswered(), clock))
            .orElseGet(FeedbackSink::logging);
    Inbox inbox =
        db.map(
                d ->
                    d.inbox(
                        ManagementFactory.getRuntimeMXBean().getName(),
                        settings.inbox().lease(),
                        settings.inbox().sweepEvery()))
            .orElseGet(Inbox::inMemory);
    Optional<SlackAdapter> slack =
        settings.slack().map(s -> slack(SlackAdapter.builder(engine, s), feedback, desks, inbox));
    Optional<TeamsAdapter> teams =
        settings
            .teams()
            .map(
                t ->
                    teams(
                        TeamsAdapter.builder(engine, t).references(references),
                        feedback,
                        desks,
                        inbox));
    WebChat webChat = settings.webChat() ? new WebChat(engine) : null;
    Javalin http =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              HttpLimits.apply(config);
              config.routes.get("/healthz", ctx -> ctx.result("ok"));
              slack
                  .filter(a -> settings.slack().get().httpReady())
                  .ifPresent(a -> a.routes(config));
              teams.ifPresent(a -> a.routes(config));
              if (webChat != null) {
                webChat.routes(config);
              }
              insights.ifPresent(i -> i.routes(config));
            });
    http.start(settings.host(), settings.port());
    port.set(http.port());
    insights.ifPresent(Insights::warmUp);
    slack
        .filter(a -> settings.slack().get().socketModeReady())
        .ifPresent(SlackAdapter::startSocketMode);
    err.printf(
        "dpcoach: serving on http://%s:%d (healthz%s%s%s%s%s%s)%n",
        settings.host(),
        http.port(),
        practice.isPresent()
            ? ", tips and supervision with "
                + (settings.practice().store().get().url().isPresent()
                    ? "the configured database"
                    : "H2 under the data folder")
            : "",
        settings.slack().filter(s -> s.httpReady()).isPresent() ? ", Slack events" : "",
        settings.slack().filter(s -> s.socketModeReady()).isPresent() ? ", Slack Socket Mode" : "",
        teams.isPresent()
            ? ", Teams at "
                + TeamsAdapter.MESSAGES_PATH
                + (settings.teams().get().localMode() ? " (local mode)" : "")
            : "",
        webChat != null ? ", web chat at /" : "",
        insights.isPresent() ? ", insights at " + Insights.PATH + " for champions" : "");
    return new Running(http, slack, teams, practice);
  }

  /**
   * Checks the port can be used, then opens the database, so that the engine keeps follow-up
   * context in it (a follow-up that lands on another instance still has it) and reports its turns
   * to insights, then serves until the process is stopped.
   */
  static int run(AppConfig config, Clock clock, ServeSettings settings, PrintStream err)
      throws InterruptedException {
    settings.requireFreePort();
    Optional<Database> db = settings.practice().store().map(Database::open);
    CoachEngine engine;
    try {
      engine =
          Coach.start(
              config,
              clock,
              db.map(Database::contexts),
              db.<TurnLog>map(d -> d.insightsRecorder(settings.insights().keepUnanswered(), clock))
                  .orElseGet(TurnLog::none));
    } catch (RuntimeException e) {
      db.ifPresent(Database::close);
      throw e;
    }
    Running running = start(engine, settings, db, err);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  running.close();
                  stopped.countDown();
                }));
    stopped.await();
    return 0;
  }

  /** Slack with the shared feedback sink and inbox, and the desks when practice is on. */
  private static SlackAdapter slack(
      SlackAdapter.Builder slack,
      FeedbackSink feedback,
      Optional<PracticeDesks> desks,
      Inbox inbox) {
    slack.feedback(feedback).inbox(inbox);
    desks.ifPresent(slack::desks);
    return slack.start();
  }

  /** Teams with the shared feedback sink and inbox, and the desks when practice is on. */
  private static TeamsAdapter teams(
      TeamsAdapter.Builder teams,
      FeedbackSink feedback,
      Optional<PracticeDesks> desks,
      Inbox inbox) {
    teams.feedback(feedback).inbox(inbox);
    desks.ifPresent(teams::desks);
    return teams.start();
  }

  /** The server's own address: loopback as localhost, a wildcard as this machine's name. */
  static URI ownAddress(String host, int port) {
    String name = host;
    if (host.equals("127.0.0.1") || host.equals("::1")) {
      name = "localhost";
    } else if (host.equals("0.0.0.0") || host.equals("::")) {
      try {
        name = InetAddress.getLocalHost().getCanonicalHostName();
      } catch (UnknownHostException e) {
        name = "localhost";
      }
    }
    return URI.create("http://" + name + ":" + port);
  }
}
