package org.dpcoach.app;

import io.javalin.Javalin;
import java.io.PrintStream;
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
import org.dpcoach.core.port.TurnLog;
import org.dpcoach.insights.Insights;
import org.dpcoach.slack.SlackAdapter;
import org.dpcoach.store.Database;
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
    Map<String, ChannelPoster> posters = posters(settings, references);
    AtomicInteger port = new AtomicInteger(settings.port());
    Optional<Insights> insights = insights(engine, settings, db, clock, port);
    Optional<PracticeWiring.Running> practice =
        db.map(d -> PracticeWiring.start(engine, settings.practice(), d, posters, clock, insights));
    ServedAdapters adapters =
        ServedAdapters.create(
            engine, settings, db, references, practice.map(PracticeWiring.Running::desks));
    Javalin http = http(settings, adapters, insights);
    http.start(settings.host(), settings.port());
    port.set(http.port());
    insights.ifPresent(Insights::warmUp);
    adapters.startSocketMode(settings);
    err.println(
        banner(settings, http.port(), practice.isPresent(), adapters, insights.isPresent()));
    return new Running(http, adapters.slack(), adapters.teams(), practice);
  }

  /** Where tips and supervision post: Slack's and Teams' channel posters, as configured. */
  private static Map<String, ChannelPoster> posters(
      ServeSettings settings, ConversationDirectory references) {
    Map<String, ChannelPoster> posters = new HashMap<>();
    settings.slack().ifPresent(s -> posters.put("slack", SlackAdapter.channelPoster(s)));
    settings
        .teams()
        .ifPresent(t -> posters.put("teams", TeamsAdapter.channelPoster(t, references)));
    return posters;
  }

  /** The insights page on the database, its links pointing at the port once it is known. */
  private static Optional<Insights> insights(
      CoachEngine engine,
      ServeSettings settings,
      Optional<Database> db,
      Clock clock,
      AtomicInteger port) {
    return db.map(
        d ->
            Insights.create(
                d,
                engine.knowledge(),
                settings.insights(),
                clock,
                () -> ownAddress(settings.host(), port.get())));
  }

  /** The server with the health check and each configured adapter's and the insights' routes. */
  private static Javalin http(
      ServeSettings settings, ServedAdapters adapters, Optional<Insights> insights) {
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          HttpLimits.apply(config);
          config.routes.get("/healthz", ctx -> ctx.result("ok"));
          adapters.routes(config, settings);
          insights.ifPresent(i -> i.routes(config));
        });
  }

  /** The line that says where the coach serves and what. */
  private static String banner(
      ServeSettings settings,
      int port,
      boolean practice,
      ServedAdapters adapters,
      boolean insights) {
    return String.format(
        "dpcoach: serving on http://%s:%d (healthz%s%s%s%s%s%s)",
        settings.host(),
        port,
        practice
            ? ", tips and supervision with "
                + (settings.practice().store().get().url().isPresent()
                    ? "the configured database"
                    : "H2 under the data folder")
            : "",
        settings.slack().filter(s -> s.httpReady()).isPresent() ? ", Slack events" : "",
        settings.slack().filter(s -> s.socketModeReady()).isPresent() ? ", Slack Socket Mode" : "",
        adapters.teams().isPresent()
            ? ", Teams at "
                + TeamsAdapter.MESSAGES_PATH
                + (settings.teams().get().localMode() ? " (local mode)" : "")
            : "",
        adapters.webChat().isPresent() ? ", web chat at /" : "",
        insights ? ", insights at " + Insights.PATH + " for champions" : "");
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
    Running running = start(engine(config, clock, settings, db), settings, db, err);
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

  /** The coach, keeping its context and turns in the database; closes it if the coach fails. */
  private static CoachEngine engine(
      AppConfig config, Clock clock, ServeSettings settings, Optional<Database> db) {
    try {
      return Coach.start(
          config,
          clock,
          db.map(Database::contexts),
          db.<TurnLog>map(d -> d.insightsRecorder(settings.insights().keepUnanswered(), clock))
              .orElseGet(TurnLog::none));
    } catch (RuntimeException e) {
      db.ifPresent(Database::close);
      throw e;
    }
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
