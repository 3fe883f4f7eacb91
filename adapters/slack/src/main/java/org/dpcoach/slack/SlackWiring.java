package org.dpcoach.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.util.http.SlackHttpClient;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import okhttp3.OkHttpClient;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.FeedbackDesk;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.port.FeedbackSink;
import org.dpcoach.core.practice.PracticeDesk;
import org.dpcoach.core.practice.PracticeDesks;
import org.dpcoach.support.Inbox;
import org.dpcoach.support.InboxSweeper;
import org.dpcoach.support.NoDelaySockets;
import org.dpcoach.support.Retry.Pause;

/** Builds the Slack client and the Bolt app, and registers the coach's listeners on it. */
final class SlackWiring {
  /** What a started adapter holds: the client, the started Bolt app and the inbox sweeper. */
  record Wired(Slack slack, App app, InboxSweeper sweeper) {}

  private SlackWiring() {}

  /** The client, the Bolt app with every listener, started, and the inbox's sweeper. */
  static Wired start(
      CoachEngine engine,
      SlackSettings settings,
      FeedbackSink feedback,
      Optional<PracticeDesks> desks,
      Pause pause,
      ExecutorService executor,
      Inbox inbox) {
    SdkLogging.requireInfoOrAbove();
    Slack slack = answeringClient(slackConfig(settings));
    App app = new App(appConfig(settings, slack));
    SlackPoster poster = new SlackPoster(slack, settings.botToken(), settings.apiUrl(), pause);
    Coaching coaching = new Coaching(engine, new BlockKitRenderer(), poster, executor);
    PracticeDesk desk =
        new PracticeDesk(
            Objects.requireNonNull(desks, "practice desks must not be null (use Optional.empty())"),
            engine.knowledge().dialogue(),
            Practice.SURFACE);
    Practice practice = new Practice(desk, new BlockKitRenderer(), poster);
    ChampionQueue champions =
        new ChampionQueue(
            desks.flatMap(PracticeDesks::champions),
            desk,
            new BlockKitRenderer(),
            poster,
            new ChampionModals(engine.knowledge().dialogue()));
    SlackWork work =
        new SlackWork(
            inbox,
            coaching,
            poster,
            practice,
            new HomeView(engine),
            new FeedbackDesk(engine.guard(), feedback),
            champions);
    PersonalDataGuard guard = cutFirst(engine);
    new EventListeners(work, guard).register(app);
    new InteractionListeners(work, guard).register(app);
    champions.register(
        app,
        guard,
        (req, job) ->
            work.take(InteractionListeners.key("slack:action", req), job.get("user"), job)
                != SlackWork.Taken.FULL);
    try {
      app.start();
    } catch (RuntimeException e) {
      executor.shutdownNow();
      throw e;
    }
    return new Wired(slack, app, InboxSweeper.start(inbox, SlackWork.PLATFORM, work::resume));
  }

  /** A client whose sockets send at once (no Nagle delay): answers are small and many. */
  private static Slack answeringClient(SlackConfig config) {
    OkHttpClient http =
        SlackHttpClient.buildOkHttpClient(config)
            .newBuilder()
            .socketFactory(new NoDelaySockets())
            .build();
    return Slack.getInstance(config, new SlackHttpClient(http));
  }

  /** A client for posting only (the channel poster), with the same settings. */
  static Slack postingClient(SlackSettings settings) {
    SdkLogging.requireInfoOrAbove();
    SlackConfig config = slackConfig(settings);
    return Slack.getInstance(
        config, new SlackHttpClient(SlackHttpClient.buildOkHttpClient(config)));
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
}
