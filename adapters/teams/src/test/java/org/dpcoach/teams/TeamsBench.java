package org.dpcoach.teams;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dpcoach.testkit.FixedRate;
import org.dpcoach.testkit.Latencies;
import org.dpcoach.testkit.LoadQuestions;

/**
 * A loopback bench of the whole turn: a question POSTed to {@code /api/messages} (local mode, or
 * with a JWT checked against loopback OpenID metadata) until its Adaptive Card reaches the fake
 * connector. Phase one sends at a fixed rate and prints turn-latency percentiles; phase two keeps a
 * fixed number of conversations busy and prints the replies per second. Bounded in time; sends only
 * to 127.0.0.1. Arguments: [rate per second, default 100] [seconds per phase, default 20, at most
 * 120] [concurrency, default 8] [local|auth, default local].
 */
final class TeamsBench {
  private TeamsBench() {}

  /** Runs both phases and prints the figures. */
  public static void main(String[] args) throws Exception {
    int rate = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int seconds = Math.min(120, args.length > 1 ? Integer.parseInt(args[1]) : 20);
    int concurrency = Math.min(64, args.length > 2 ? Integer.parseInt(args[2]) : 8);
    boolean auth = args.length > 3 && args[3].equals("auth");
    TestTokens tokens = new TestTokens();
    try (FakeOpenId openId = new FakeOpenId(tokens);
        RunningTeams app = auth ? RunningTeams.authenticated(openId) : RunningTeams.local()) {
      String header =
          auth ? tokens.header(TestTokens.Claims.valid(app.connector.serviceUrl())) : null;
      Map<String, Long> sentAt = new ConcurrentHashMap<>();
      Latencies latencies = new Latencies();
      Map<String, CountDownLatch> waiting = new ConcurrentHashMap<>();
      app.connector.onCall(
          call -> {
            Long start = sentAt.remove(call.conversationId());
            if (start != null) {
              latencies.since(start);
            }
            CountDownLatch latch = waiting.remove(call.conversationId());
            if (latch != null) {
              latch.countDown();
            }
          });
      ExecutorService clientThreads = Executors.newFixedThreadPool(4);
      HttpClient http =
          HttpClient.newBuilder()
              .executor(clientThreads)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      fixedRate(app, http, header, rate, Math.min(5, seconds), sentAt, "warm");
      Thread.sleep(2_000);
      latencies.clear();
      app.connector.clear();
      int sent = fixedRate(app, http, header, rate, seconds, sentAt, "rate");
      long drainEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (latencies.size() < sent && System.nanoTime() < drainEnd) {
        Thread.sleep(20);
      }
      List<Long> sorted = latencies.sortedMicros();
      System.out.printf(
          "mode=%s phase=fixed-rate rate=%d/s duration=%ds sent=%d replies=%d lost=%d%n",
          auth ? "auth" : "local", rate, seconds, sent, sorted.size(), sent - sorted.size());
      System.out.printf(
          "turn latency ms (POST to card at the connector): %s%n", Latencies.summary(sorted));
      closedLoop(app, http, header, concurrency, seconds, waiting);
      clientThreads.shutdownNow();
    }
  }

  static int fixedRate(
      RunningTeams app,
      HttpClient http,
      String header,
      int rate,
      int seconds,
      Map<String, Long> sentAt,
      String tag)
      throws InterruptedException {
    return FixedRate.run(
        rate,
        seconds,
        (i, done) -> {
          String conversation = "a:" + tag + "-" + i;
          HttpRequest request = request(app, header, conversation, LoadQuestions.at(i));
          sentAt.put(conversation, System.nanoTime());
          http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
              .whenComplete((r, e) -> done.run());
        });
  }

  static void closedLoop(
      RunningTeams app,
      HttpClient http,
      String header,
      int concurrency,
      int seconds,
      Map<String, CountDownLatch> waiting)
      throws InterruptedException {
    AtomicInteger replies = new AtomicInteger();
    AtomicInteger timeouts = new AtomicInteger();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService users = Executors.newFixedThreadPool(concurrency);
    long start = System.nanoTime();
    for (int u = 0; u < concurrency; u++) {
      int user = u;
      users.execute(
          () -> {
            for (int n = 0; System.nanoTime() < end; n++) {
              String conversation = "a:loop-" + user + "-" + n;
              CountDownLatch latch = new CountDownLatch(1);
              waiting.put(conversation, latch);
              try {
                http.send(
                    request(app, header, conversation, LoadQuestions.at(n)),
                    HttpResponse.BodyHandlers.discarding());
                if (latch.await(10, TimeUnit.SECONDS)) {
                  replies.incrementAndGet();
                } else {
                  timeouts.incrementAndGet();
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
              } catch (java.io.IOException e) {
                timeouts.incrementAndGet();
              }
            }
          });
    }
    users.shutdown();
    users.awaitTermination(seconds + 20L, TimeUnit.SECONDS);
    double elapsed = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "phase=closed-loop concurrency=%d duration=%.1fs replies=%d timeouts=%d replies/s=%.1f%n",
        concurrency, elapsed, replies.get(), timeouts.get(), replies.get() / elapsed);
  }

  static HttpRequest request(
      RunningTeams app, String header, String conversation, String question) {
    String body =
        Activities.personal(app.connector.serviceUrl(), conversation, "bench", question).toString();
    HttpRequest.Builder b =
        HttpRequest.newBuilder(app.endpoint())
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (header != null) {
      b.header("Authorization", header);
    }
    return b.build();
  }
}
