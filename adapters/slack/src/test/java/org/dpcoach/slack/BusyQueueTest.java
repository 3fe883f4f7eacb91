package org.dpcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.dpcoach.testkit.DrainableExecutor;
import org.dpcoach.testkit.LoopbackJavalin;
import org.dpcoach.testkit.TestCoach;
import org.junit.jupiter.api.Test;

/** A delivery the adapter could not take on (queue full) gets 503 and its retry is answered. */
class BusyQueueTest {

  @Test
  void delivery_whenQueueFull_gets503AndTheRetryIsAnswered() throws InterruptedException {
    DrainableExecutor executor =
        new DrainableExecutor(
            new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new SynchronousQueue<>()));
    CountDownLatch blocked = new CountDownLatch(1);
    try (FakeSlackApi api = new FakeSlackApi()) {
      SlackSettings settings =
          SlackSettings.builder("xoxb-test")
              .signingSecret(SlackRequests.SECRET)
              .apiUrl(api.apiUrl())
              .build();
      SlackAdapter adapter =
          SlackAdapter.builder(TestCoach.engine(), settings)
              .feedback(f -> {})
              .clock(Clock.systemUTC())
              .pause(d -> {})
              .executor(executor)
              .start();
      Javalin javalin = LoopbackJavalin.start(adapter::routes);
      try {
        SlackRequests requests = new SlackRequests(javalin.port());
        executor.execute(() -> awaitQuietly(blocked));
        String body =
            SlackRequests.dm(
                "EvBusy1", "U1", "D55", "is whatsapp ok with care leavers?", "1700000000.000001");

        assertThat(requests.send(body, SlackRequests.JSON_TYPE).statusCode()).isEqualTo(503);
        blocked.countDown();
        assertThat(executor.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(requests.send(body, SlackRequests.JSON_TYPE).statusCode()).isEqualTo(200);
        assertThat(requests.send(body, SlackRequests.JSON_TYPE).statusCode()).isEqualTo(200);

        assertThat(
                api.await(c -> "D55".equals(c.params().get("channel")), 1, Duration.ofSeconds(10)))
            .hasSize(1);
        assertThat(executor.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(api.posts(c -> "D55".equals(c.params().get("channel")))).hasSize(1);
      } finally {
        blocked.countDown();
        javalin.stop();
        adapter.close();
      }
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
