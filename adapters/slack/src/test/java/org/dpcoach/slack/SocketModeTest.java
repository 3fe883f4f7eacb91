package org.dpcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.dpcoach.support.WorkerPool;
import org.dpcoach.testkit.DrainableExecutor;
import org.dpcoach.testkit.Poll;
import org.dpcoach.testkit.TestCoach;
import org.junit.jupiter.api.Test;

/** Socket Mode against a loopback WebSocket fake: the envelope is acked and answered once. */
class SocketModeTest {
  static final Duration WAIT = Duration.ofSeconds(10);

  static String envelope(String envelopeId, int retry, String eventBody) {
    return "{\"envelope_id\":\""
        + envelopeId
        + "\",\"type\":\"events_api\",\"accepts_response_payload\":false,\"retry_attempt\":"
        + retry
        + ",\"retry_reason\":\"\",\"payload\":"
        + eventBody
        + "}";
  }

  @Test
  void startSocketMode_eventsApiEnvelope_ackedAndAnsweredOnceAcrossARetry() throws Exception {
    FakeSocketModeServer ws = new FakeSocketModeServer().begin();
    try (FakeSlackApi api = new FakeSlackApi()) {
      api.socketUrl(ws.url());
      SlackSettings settings =
          SlackSettings.builder("xoxb-test").appToken("xapp-test").apiUrl(api.apiUrl()).build();
      DrainableExecutor work =
          new DrainableExecutor(
              WorkerPool.bounded("dpcoach-slack-test", SlackAdapter.WORKERS, SlackAdapter.QUEUE));
      try (SlackAdapter adapter =
          SlackAdapter.builder(TestCoach.engine(), settings)
              .feedback(f -> {})
              .clock(Clock.systemUTC())
              .pause(d -> {})
              .executor(work)
              .start()) {
        adapter.startSocketMode();
        assertThat(ws.awaitClient()).isTrue();
        String event =
            SlackRequests.dm(
                "EvSock1", "U1", "D77", "is whatsapp ok with care leavers?", "1700000000.000001");

        ws.sendToClient(envelope("env-1", 0, event));
        ws.sendToClient(envelope("env-2", 1, event));

        assertThat(api.await(c -> "D77".equals(c.params().get("channel")), 1, WAIT)).hasSize(1);
        Poll.until(WAIT, () -> ws.received.stream().filter(m -> m.contains("env-")).count() >= 2);
        assertThat(ws.received)
            .anySatisfy(m -> assertThat(m).contains("\"envelope_id\":\"env-1\""));
        assertThat(ws.received)
            .anySatisfy(m -> assertThat(m).contains("\"envelope_id\":\"env-2\""));
        assertThat(work.awaitIdle(WAIT)).isTrue();
        assertThat(api.posts(c -> "D77".equals(c.params().get("channel")))).hasSize(1);
        adapter.stopSocketMode();
      }
    } finally {
      ws.stop(1000);
    }
  }
}
