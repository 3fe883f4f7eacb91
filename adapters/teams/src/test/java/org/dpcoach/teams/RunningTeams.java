package org.dpcoach.teams;

import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.assertj.core.api.Assertions;
import org.dpcoach.core.Answers;
import org.dpcoach.core.model.Feedback;
import org.dpcoach.core.port.ChannelPoster;
import org.dpcoach.core.port.ConversationDirectory;
import org.dpcoach.core.practice.PracticeDesks;
import org.dpcoach.support.Inbox;
import org.dpcoach.testkit.DrainableExecutor;
import org.dpcoach.testkit.LoopbackJavalin;
import org.dpcoach.testkit.TestCoach;

/** The adapter on a loopback Javalin server, replying to a {@link FakeConnector}. */
final class RunningTeams implements AutoCloseable {
  static final String OUTGOING_TOKEN = "test-outgoing-token";

  final FakeConnector connector = new FakeConnector("127.0.0.1");
  final List<Feedback> feedback = new CopyOnWriteArrayList<>();
  final List<Duration> pauses = new CopyOnWriteArrayList<>();
  final ConversationDirectory references = ConversationDirectory.inMemory();
  final ChannelPoster poster;
  final TeamsAdapter adapter;
  final Javalin javalin;
  final DrainableExecutor work =
      new DrainableExecutor(
          new ThreadPoolExecutor(
              TeamsAdapter.WORKERS,
              TeamsAdapter.WORKERS,
              60,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(TeamsAdapter.QUEUE)));
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  RunningTeams(TeamsSettings settings, Answers answers) {
    this(settings, answers, poster -> Optional.empty());
  }

  /** Local mode with the given inbox. */
  RunningTeams(Inbox inbox) {
    this(TeamsSettings.local(), TestCoach.engine(), poster -> Optional.empty(), inbox);
  }

  /**
   * The adapter with tips and supervision: {@code desks} gets Teams' channel poster (the bot's
   * fixed test token, recorded pauses) over this app's references.
   */
  RunningTeams(
      TeamsSettings settings,
      Answers answers,
      Function<ChannelPoster, Optional<PracticeDesks>> desks) {
    this(settings, answers, desks, Inbox.inMemory());
  }

  private RunningTeams(
      TeamsSettings settings,
      Answers answers,
      Function<ChannelPoster, Optional<PracticeDesks>> desks,
      Inbox inbox) {
    poster =
        TeamsAdapter.channelPoster(
            settings,
            references,
            RunningTeams::fixedToken,
            pauses::add,
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    TeamsAdapter.Builder builder =
        TeamsAdapter.builder(TestCoach.engine(), settings)
            .references(references)
            .feedback(feedback::add)
            .answers(answers)
            .credentials(RunningTeams::fixedToken)
            .pause(pauses::add)
            .executor(work)
            .inbox(inbox);
    desks.apply(poster).ifPresent(builder::desks);
    adapter = builder.start();
    javalin = LoopbackJavalin.start(adapter::routes);
  }

  /** Local mode, the real engine. */
  static RunningTeams local() {
    return new RunningTeams(TeamsSettings.local(), TestCoach.engine());
  }

  /**
   * Credentials on, tokens checked against the fake OpenID server, replies allowed to loopback
   * 127.0.0.1.
   */
  static RunningTeams authenticated(FakeOpenId openId) {
    return new RunningTeams(authenticatedSettings(openId), TestCoach.engine());
  }

  /** As {@link #authenticated(FakeOpenId)}, with tips and supervision and Graph at a fake. */
  static RunningTeams authenticated(
      FakeOpenId openId, FakeGraph graph, Function<ChannelPoster, Optional<PracticeDesks>> desks) {
    return new RunningTeams(
        authenticatedSettings(openId).toBuilder().graphUrls(graph.url(), graph.url()).build(),
        TestCoach.engine(),
        desks);
  }

  static TeamsSettings authenticatedSettings(FakeOpenId openId) {
    return TeamsSettings.builder()
        .appId(TestTokens.APP_ID)
        .appPassword("test-secret")
        .serviceHosts(List.of("127.0.0.1"))
        .openIdMetadataUrl(openId.metadataUrl())
        .allowedTenants(java.util.Set.of(Activities.TENANT))
        .build();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + javalin.port() + TeamsAdapter.MESSAGES_PATH);
  }

  HttpResponse<String> post(Object activityJson) {
    return post(activityJson.toString(), Map.of());
  }

  HttpResponse<String> post(Object activityJson, String authorization) {
    return post(
        activityJson.toString(),
        authorization == null ? Map.of() : Map.of("Authorization", authorization));
  }

  HttpResponse<String> post(String body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint())
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static MicrosoftAppCredentials fixedToken(String appId, String scope) {
    if (appId == null || appId.isEmpty()) {
      return MicrosoftAppCredentials.empty();
    }
    return new MicrosoftAppCredentials(appId, "unused", null, scope) {
      @Override
      public CompletableFuture<String> getToken() {
        return CompletableFuture.completedFuture(OUTGOING_TOKEN);
      }
    };
  }

  /** Waits until every turn queued so far has been answered. */
  void awaitIdle() {
    try {
      Assertions.assertThat(work.awaitIdle(Duration.ofSeconds(10))).as("turns drained").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    javalin.stop();
    adapter.close();
    connector.close();
  }

  static ExecutorService singleThread() {
    return Executors.newSingleThreadExecutor();
  }
}
