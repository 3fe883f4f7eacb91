package org.dpcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dpcoach.testkit.Poll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 300 clients that send headers and then trickle their request body must not stall {@code serve}: a
 * signed Slack event is still acknowledged within a second and {@code /healthz} answers, and Jetty
 * drops the trickling connections once they fall below the minimum data rate.
 */
@Tag("integration")
class SlowClientsTest {
  static final int SLOW = 300;

  @TempDir Path data;

  @Test
  void serve_300SlowBodies_signedEventAckedWithinASecondAndHealthzAnswers() throws Exception {
    // as Main does: the libraries' loggers at INFO (this module's tests run at DEBUG)
    LogLevels.properties("debug").forEach(System::setProperty);
    try (FakeSlack slack = new FakeSlack()) {
      Map<String, String> env = new HashMap<>();
      env.put("DPCOACH_HOME", Path.of("../..").toAbsolutePath().normalize().toString());
      env.put("DPCOACH_DATA_DIR", "target/test-data");
      env.put("DPCOACH_DB_URL", "none");
      env.put("DPCOACH_HTTP_PORT", "0");
      env.put("DPCOACH_HTTP_HOST", "127.0.0.1");
      env.put("SLACK_BOT_TOKEN", "xoxb-slow");
      env.put("SLACK_SIGNING_SECRET", SignedSlack.SECRET);
      env.put("DPCOACH_SLACK_API_URL", slack.apiUrl());
      ServeSettings settings = ServeSettings.from(env);
      try (ServeCommand.Running running =
          ServeCommand.start(
              Coach.start(AppConfig.from(env), Clock.systemDefaultZone()),
              settings,
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
        int port = running.port();
        HttpClient warm = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        warm.send(
            SignedSlack.post(
                java.net.URI.create("http://127.0.0.1:" + port),
                SignedSlack.event("EvWarm", true, "US", "DW", "is whatsapp ok?", "1700000000.4")),
            HttpResponse.BodyHandlers.ofString());
        slack.await(c -> true, 1, Duration.ofSeconds(10));
        List<Socket> slow = new ArrayList<>();
        try {
          for (int i = 0; i < SLOW; i++) {
            Socket s = new Socket("127.0.0.1", port);
            OutputStream out = s.getOutputStream();
            out.write(
                ("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "X-Slack-Request-Timestamp: 1\r\nX-Slack-Signature: v0=00\r\n"
                        + "Content-Length: 100000\r\n\r\n{\"type\":")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            slow.add(s);
          }
          // wait until the server has dispatched the slow requests (each holds a request thread)
          int threads =
              Poll.until(Duration.ofSeconds(20), () -> httpThreads() >= SLOW) ? httpThreads() : -1;

          HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
          long start = System.nanoTime();
          HttpResponse<String> ack =
              http.send(
                  SignedSlack.post(
                      java.net.URI.create("http://127.0.0.1:" + port),
                      SignedSlack.event(
                          "EvSlow",
                          true,
                          "US",
                          "DS",
                          "can I accept a friend request?",
                          "1700000000.5")),
                  HttpResponse.BodyHandlers.ofString());
          long ackMs = (System.nanoTime() - start) / 1_000_000;
          start = System.nanoTime();
          HttpResponse<String> health =
              http.send(
                  HttpRequest.newBuilder(
                          java.net.URI.create("http://127.0.0.1:" + port + "/healthz"))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          long healthMs = (System.nanoTime() - start) / 1_000_000;
          long dropStart = System.nanoTime();
          int dropped = awaitDropped(slow, Duration.ofSeconds(30));
          long dropMs = (System.nanoTime() - dropStart) / 1_000_000;
          System.out.printf(
              "%d slow-body connections (%d request threads busy): signed event acked %d in %d ms,"
                  + " /healthz %d in %d ms; %d slow connections closed by the server within %d ms%n",
              SLOW,
              threads,
              ack.statusCode(),
              ackMs,
              health.statusCode(),
              healthMs,
              dropped,
              dropMs);

          assertThat(ack.statusCode()).isEqualTo(200);
          assertThat(ackMs).isLessThan(1_000);
          assertThat(health.body()).isEqualTo("ok");
          assertThat(healthMs).isLessThan(1_000);
          assertThat(dropped).isEqualTo(SLOW);
          assertThat(slack.await(c -> true, 2, Duration.ofSeconds(10))).hasSize(2);
        } finally {
          for (Socket s : slow) {
            s.close();
          }
        }
      }
    }
  }

  /** Waits until the server has closed (or answered and closed) every slow connection. */
  private static int awaitDropped(List<Socket> slow, Duration timeout) throws IOException {
    for (Socket s : slow) {
      s.setSoTimeout(200);
    }
    List<Socket> open = new ArrayList<>(slow);
    Poll.until(
        timeout,
        () -> {
          open.removeIf(SlowClientsTest::closedByServer);
          return open.isEmpty();
        });
    return slow.size() - open.size();
  }

  private static int httpThreads() {
    return (int)
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith("dpcoach-http"))
            .count();
  }

  private static boolean closedByServer(Socket s) {
    try {
      InputStream in = s.getInputStream();
      byte[] buffer = new byte[4096];
      int n;
      while ((n = in.read(buffer)) > 0) {
        // drain the 408 (or whatever the server said) until it closes
      }
      return n < 0;
    } catch (java.net.SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }
}
