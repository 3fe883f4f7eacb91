package org.dpcoach.slack;

import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.assertj.core.api.Assertions;
import org.dpcoach.core.model.Feedback;
import org.dpcoach.core.practice.PracticeDesks;
import org.dpcoach.support.Inbox;
import org.dpcoach.support.WorkerPool;
import org.dpcoach.testkit.DrainableExecutor;
import org.dpcoach.testkit.LoopbackJavalin;
import org.dpcoach.testkit.TestCoach;

/** The adapter on a loopback Javalin server, talking to a {@link FakeSlackApi}. */
final class RunningApp implements AutoCloseable {
  final FakeSlackApi api;
  private final boolean ownsApi;
  final List<Feedback> feedback = new CopyOnWriteArrayList<>();
  final List<Duration> pauses = new CopyOnWriteArrayList<>();
  final SlackAdapter adapter;
  final Javalin javalin;
  final SlackRequests requests;
  final DrainableExecutor work =
      new DrainableExecutor(
          WorkerPool.bounded("dpcoach-slack-test", SlackAdapter.WORKERS, SlackAdapter.QUEUE));

  RunningApp() {
    this(settings -> Optional.empty());
  }

  /** The adapter with tips and supervision desks built for the fake API's settings. */
  RunningApp(Function<SlackSettings, Optional<PracticeDesks>> practice) {
    this(new FakeSlackApi(), true, practice, Inbox.inMemory());
  }

  /** The adapter with practice desks and the given inbox. */
  RunningApp(Function<SlackSettings, Optional<PracticeDesks>> practice, Inbox inbox) {
    this(new FakeSlackApi(), true, practice, inbox);
  }

  /** One instance of several posting to a shared fake API, with the given inbox. */
  RunningApp(FakeSlackApi api, Inbox inbox) {
    this(api, false, settings -> Optional.empty(), inbox);
  }

  private RunningApp(
      FakeSlackApi api,
      boolean ownsApi,
      Function<SlackSettings, Optional<PracticeDesks>> practice,
      Inbox inbox) {
    this.api = api;
    this.ownsApi = ownsApi;
    SlackSettings settings =
        SlackSettings.builder("xoxb-test")
            .signingSecret(SlackRequests.SECRET)
            .appToken("xapp-test")
            .httpPort(0)
            .apiUrl(api.apiUrl())
            .build();
    SlackAdapter.Builder builder =
        SlackAdapter.builder(TestCoach.engine(), settings)
            .feedback(feedback::add)
            .clock(Clock.systemUTC())
            .pause(pauses::add)
            .executor(work)
            .inbox(inbox);
    practice.apply(settings).ifPresent(builder::desks);
    adapter = builder.start();
    javalin = LoopbackJavalin.start(adapter::routes);
    requests = new SlackRequests(javalin.port());
  }

  /** Waits until every answer queued so far has been worked and posted. */
  void awaitIdle() {
    try {
      Assertions.assertThat(work.awaitIdle(Duration.ofSeconds(10))).as("work drained").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    javalin.stop();
    adapter.close();
    if (ownsApi) {
      api.close();
    }
  }
}
