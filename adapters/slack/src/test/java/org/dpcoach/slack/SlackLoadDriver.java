package org.dpcoach.slack;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.dpcoach.testkit.FixedRate;
import org.dpcoach.testkit.Latencies;
import org.dpcoach.testkit.LoadQuestions;

/**
 * A loopback load run: signed app_mention events at a fixed rate against the adapter's HTTP
 * endpoint, with the fake Web API; 5% of events are delivered twice, as Slack's retries are. Prints
 * the acknowledgement latency percentiles, lost answers and duplicated answers. Arguments: [rate
 * per second, default 200] [seconds, default 60, at most 300] [warm-up seconds, default 5].
 */
final class SlackLoadDriver {
  private SlackLoadDriver() {}

  /** Runs the load and prints the figures. */
  public static void main(String[] args) throws Exception {
    int rate = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int seconds = Math.min(300, args.length > 1 ? Integer.parseInt(args[1]) : 60);
    int warmup = Math.min(60, args.length > 2 ? Integer.parseInt(args[2]) : 5);
    String inbox = args.length > 3 ? args[3] : "memory";
    org.dpcoach.store.Database db = null;
    if (!inbox.equals("memory")) {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("dpcoach-load");
      db =
          org.dpcoach.store.Database.open(
              inbox.equals("h2")
                  ? org.dpcoach.store.StoreSettings.embedded(dir)
                  : org.dpcoach.store.StoreSettings.at(
                      inbox, java.util.Optional.empty(), java.util.Optional.empty(), dir));
      System.out.println("inbox: " + (inbox.equals("h2") ? "H2" : "PostgreSQL"));
    }
    try (RunningApp app =
        db == null
            ? new RunningApp()
            : new RunningApp(
                new FakeSlackApi(),
                db.inbox("load", Duration.ofSeconds(60), Duration.ofSeconds(10)))) {
      if (warmup > 0) {
        run(app, rate, warmup, "warm");
        drain(app, "Cwarm", Duration.ofSeconds(30));
        app.api.clear();
      }
      Result result = run(app, rate, seconds, "load");
      long drainStart = System.nanoTime();
      Map<String, Integer> answers = drain(app, "Cload", Duration.ofSeconds(60));
      long drainMs = (System.nanoTime() - drainStart) / 1_000_000;
      report(result, answers, rate, seconds, drainMs);
    } finally {
      if (db != null) {
        db.close();
      }
    }
  }

  record Result(
      int sent,
      int unique,
      int retries,
      int acked,
      int failed,
      List<Long> latenciesMicros,
      List<String> ackedThreads) {}

  static Result run(RunningApp app, int rate, int seconds, String tag) throws InterruptedException {
    ExecutorService clientThreads = Executors.newFixedThreadPool(4);
    HttpClient http =
        HttpClient.newBuilder()
            .executor(clientThreads)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    SignatureCheck signer = new SignatureCheck(SlackRequests.SECRET, java.time.Clock.systemUTC());
    Latencies latencies = new Latencies();
    ConcurrentLinkedQueue<String> acked = new ConcurrentLinkedQueue<>();
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger okCount = new AtomicInteger();
    AtomicInteger retries = new AtomicInteger();
    int total =
        FixedRate.run(
            rate,
            seconds,
            (i, done) -> {
              boolean retry = i % 20 == 19;
              int event = retry ? i - 10 : i;
              if (retry) {
                retries.incrementAndGet();
              }
              String ts = "1700000000." + String.format("%06d", event);
              String body =
                  SlackRequests.mention(
                      "Ev" + tag + event,
                      "UL" + (event % 50),
                      "C" + tag,
                      "<@" + FakeSlackApi.BOT_USER + "> " + LoadQuestions.at(event),
                      ts);
              byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
              long now = System.currentTimeMillis() / 1000;
              HttpRequest request =
                  HttpRequest.newBuilder(app.requests.endpoint())
                      .timeout(Duration.ofSeconds(10))
                      .header("Content-Type", SlackRequests.JSON_TYPE)
                      .header("X-Slack-Request-Timestamp", Long.toString(now))
                      .header("X-Slack-Signature", signer.sign(now, bytes))
                      .header("X-Slack-Retry-Num", retry ? "1" : "0")
                      .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                      .build();
              long start = System.nanoTime();
              http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                  .whenComplete(
                      (response, error) -> {
                        latencies.since(start);
                        if (error == null && response.statusCode() == 200) {
                          okCount.incrementAndGet();
                          if (!retry) {
                            acked.add(ts);
                          }
                        } else {
                          failed.incrementAndGet();
                        }
                        done.run();
                      });
            });
    clientThreads.shutdownNow();
    return new Result(
        total,
        total - retries.get(),
        retries.get(),
        okCount.get(),
        failed.get(),
        latencies.sortedMicros(),
        List.copyOf(acked));
  }

  static Map<String, Integer> drain(RunningApp app, String channel, Duration timeout)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    int last = -1;
    int stable = 0;
    while (System.nanoTime() < end && stable < 20) {
      int now = app.api.posts(c -> channel.equals(c.params().get("channel"))).size();
      stable = now == last ? stable + 1 : 0;
      last = now;
      Thread.sleep(100);
    }
    Map<String, Integer> perThread = new HashMap<>();
    app.api
        .posts(c -> channel.equals(c.params().get("channel")))
        .forEach(c -> perThread.merge(c.params().get("thread_ts"), 1, Integer::sum));
    return perThread;
  }

  static void report(Result r, Map<String, Integer> answers, int rate, int seconds, long drainMs) {
    long lost = r.ackedThreads().stream().filter(ts -> !answers.containsKey(ts)).count();
    long duplicated = answers.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
    System.out.printf(
        "rate=%d/s duration=%ds sent=%d (unique events %d, retried deliveries %d)%n",
        rate, seconds, r.sent(), r.unique(), r.retries());
    System.out.printf("acked 200=%d failed=%d%n", r.acked(), r.failed());
    System.out.printf("ack latency ms: %s%n", Latencies.summary(r.latenciesMicros()));
    System.out.printf(
        "answers posted=%d distinct threads=%d lost=%d duplicated=%d (drained in %d ms)%n",
        answers.values().stream().mapToInt(Integer::intValue).sum(),
        answers.size(),
        lost,
        duplicated,
        drainMs);
  }
}
