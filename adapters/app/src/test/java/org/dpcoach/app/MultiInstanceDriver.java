package org.dpcoach.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two {@code dpcoach serve} processes on one PostgreSQL behind HAProxy (round robin, health checks
 * on {@code /healthz}), driven with signed Slack events at a fixed rate; a share of them is
 * delivered again, re-signed as Slack's retries are, straight to the instance that did not take the
 * first delivery. Half-way through, one instance is killed with SIGKILL and started again. Counts
 * the events acknowledged, the answers posted to a fake Slack, and the lost and doubled answers.
 *
 * <p>Arguments: PostgreSQL JDBC URL (its {@code public} schema is emptied), [events, default
 * 10000], [rate per second, default 100], [re-delivered share, default 0.3]. Needs {@code haproxy}
 * on the PATH; run from {@code adapters/app} with the test classpath (README: "Running more than
 * one instance").
 */
public final class MultiInstanceDriver {
  static final String CHANNEL = "CLB";

  private MultiInstanceDriver() {}

  public static void main(String[] args) throws Exception {
    String pg = args[0];
    int events = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int rate = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    double redeliver = args.length > 3 ? Double.parseDouble(args[3]) : 0.3;
    reset(pg);
    Path dir = Files.createTempDirectory("dpcoach-lb");
    ServeProcess.copyModels(dir);
    int[] ports = {freePort(), freePort()};
    int lbPort = freePort();
    try (FakeSlack slack = new FakeSlack()) {
      Map<String, String> env = new HashMap<>();
      env.put("DPCOACH_HOME", Path.of("../..").toAbsolutePath().normalize().toString());
      env.put("DPCOACH_DATA_DIR", dir.toString());
      env.put("DPCOACH_DB_URL", pg);
      env.put("DPCOACH_HTTP_HOST", "127.0.0.1");
      env.put("SLACK_BOT_TOKEN", "xoxb-lb");
      env.put("SLACK_SIGNING_SECRET", SignedSlack.SECRET);
      env.put("DPCOACH_SLACK_API_URL", slack.apiUrl());
      env.put("DPCOACH_INBOX_LEASE_SECONDS", "10");
      env.put("DPCOACH_INBOX_SWEEP_SECONDS", "2");
      ServeProcess[] instances = new ServeProcess[2];
      for (int i = 0; i < 2; i++) {
        instances[i] = start(env, ports[i], dir, i);
      }
      Path config = dir.resolve("haproxy.cfg");
      Files.writeString(config, haproxyConfig(lbPort, ports), StandardCharsets.UTF_8);
      Process haproxy =
          new ProcessBuilder("haproxy", "-f", config.toString(), "-db")
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("haproxy.log").toFile())
              .start();
      URI lb = URI.create("http://127.0.0.1:" + lbPort);
      awaitHealthy(lb);
      Result r = drive(lb, ports, instances, env, dir, slack, events, rate, redeliver);
      haproxy.destroy();
      for (ServeProcess p : instances) {
        p.close();
      }
      r.print();
    }
    System.exit(0); // the HTTP client's and the scheduler's threads would keep the JVM alive
  }

  /** What the run saw. */
  record Result(
      int sent,
      int redelivered,
      int killedAt,
      int acknowledged,
      int answered,
      int lost,
      int duplicates,
      long restartMs) {
    void print() {
      System.out.printf(
          "events sent %d, re-delivered to the other instance %d, instance killed (kill -9) at event"
              + " %d and back in %d ms%n",
          sent, redelivered, killedAt, restartMs);
      System.out.printf(
          "acknowledged %d, answered %d, lost %d, answered twice %d%n",
          acknowledged, answered, lost, duplicates);
    }
  }

  private static Result drive(
      URI lb,
      int[] ports,
      ServeProcess[] instances,
      Map<String, String> env,
      Path dir,
      FakeSlack slack,
      int events,
      int rate,
      double redeliver)
      throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .executor(Executors.newFixedThreadPool(8))
            .connectTimeout(Duration.ofSeconds(3))
            .build();
    ScheduledExecutorService later = Executors.newScheduledThreadPool(2);
    Set<String> acked = ConcurrentHashMap.newKeySet();
    AtomicInteger redelivered = new AtomicInteger();
    Ctx ctx = new Ctx(http, later, lb, ports, acked, redelivered);
    int killAt = events / 2;
    long restartMs = 0;
    long period = 1_000_000_000L / rate;
    long start = System.nanoTime();
    for (int i = 0; i < events; i++) {
      long due = start + i * period;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      if (i == killAt) {
        long t0 = System.nanoTime();
        instances[0].kill();
        instances[0] = start(env, ports[0], dir, 2);
        restartMs = (System.nanoTime() - t0) / 1_000_000;
        start += System.nanoTime() - t0; // keep the rate after the pause
      }
      String ts = "1700000000." + String.format("%06d", i);
      String body =
          SignedSlack.event(
              "EvLB" + i, false, "U" + (i % 50), CHANNEL, "can I accept a friend request?", ts);
      boolean again = (i * 7919L % 1000) < redeliver * 1000;
      deliver(ctx, lb, body, ts, 0, again);
    }
    Map<String, Integer> answers = awaitAnswers(slack, acked, Duration.ofSeconds(90));
    later.shutdownNow();
    int lost = (int) acked.stream().filter(ts -> !answers.containsKey(ts)).count();
    int duplicates = answers.values().stream().mapToInt(n -> n - 1).sum();
    return new Result(
        events,
        redelivered.get(),
        killAt,
        acked.size(),
        answers.size(),
        lost,
        duplicates,
        restartMs);
  }

  /**
   * One delivery; a failed one is retried through HAProxy after a second, up to five times (Slack
   * retries too); a chosen event, once acknowledged, is delivered again 200 ms later, re-signed,
   * straight to the instance that did not take it.
   */
  private static void deliver(
      Ctx ctx, URI to, String body, String ts, int attempt, boolean redeliver) {
    ctx.http()
        .sendAsync(SignedSlack.post(to, body), HttpResponse.BodyHandlers.ofString())
        .whenComplete(
            (response, error) -> {
              if (error == null && response.statusCode() == 200) {
                ctx.acked().add(ts);
                if (redeliver) {
                  String served = response.headers().firstValue("X-Served-By").orElse("a");
                  URI other =
                      URI.create("http://127.0.0.1:" + ctx.ports()[served.equals("a") ? 1 : 0]);
                  ctx.redelivered().incrementAndGet();
                  ctx.later()
                      .schedule(
                          () -> deliver(ctx, other, body, ts, 0, false),
                          200,
                          TimeUnit.MILLISECONDS);
                }
              } else if (attempt < 5) {
                ctx.later()
                    .schedule(
                        () -> deliver(ctx, ctx.lb(), body, ts, attempt + 1, redeliver),
                        1,
                        TimeUnit.SECONDS);
              }
            });
  }

  /** What every delivery shares. */
  private record Ctx(
      HttpClient http,
      ScheduledExecutorService later,
      URI lb,
      int[] ports,
      Set<String> acked,
      AtomicInteger redelivered) {}

  private static Map<String, Integer> awaitAnswers(
      FakeSlack slack, Set<String> acked, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    Map<String, Integer> perThread = new HashMap<>();
    int stable = 0;
    int last = -1;
    while (System.nanoTime() < end && stable < 50) {
      perThread.clear();
      slack
          .calls(c -> c.method().equals("chat.postMessage"))
          .forEach(c -> perThread.merge(c.params().get("thread_ts"), 1, Integer::sum));
      boolean all = acked.stream().allMatch(perThread::containsKey);
      int now = perThread.values().stream().mapToInt(Integer::intValue).sum();
      stable = now == last && all ? stable + 1 : 0;
      last = now;
      Thread.sleep(100); // polling the fake's record with a deadline
    }
    return perThread;
  }

  private static ServeProcess start(Map<String, String> env, int port, Path dir, int run) {
    Map<String, String> own = new HashMap<>(env);
    own.put("DPCOACH_HTTP_PORT", Integer.toString(port));
    return ServeProcess.start(
        own, dir.resolve("serve-" + port + "-" + run + ".log"), Duration.ofMinutes(3));
  }

  static String haproxyConfig(int lbPort, int[] ports) {
    return String.join(
        "\n",
        "global",
        "  maxconn 2000",
        "defaults",
        "  mode http",
        "  timeout connect 2s",
        "  timeout client 30s",
        "  timeout server 10s",
        "  retries 2",
        "  option redispatch",
        "frontend slack",
        "  bind 127.0.0.1:" + lbPort,
        "  default_backend dpcoach",
        "backend dpcoach",
        "  balance roundrobin",
        "  option httpchk GET /healthz",
        "  http-check expect string ok",
        "  http-response set-header X-Served-By %[srv_name]",
        "  server a 127.0.0.1:" + ports[0] + " check inter 500ms fall 1 rise 2",
        "  server b 127.0.0.1:" + ports[1] + " check inter 500ms fall 1 rise 2",
        "");
  }

  private static void awaitHealthy(URI lb) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < end) {
      try {
        if (http.send(
                    java.net.http.HttpRequest.newBuilder(lb.resolve("/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException e) {
        // not up yet
      }
      Thread.sleep(100); // polling HAProxy's start with a deadline
    }
    throw new IllegalStateException("HAProxy did not come up");
  }

  private static void reset(String pg) throws Exception {
    try (Connection c = DriverManager.getConnection(pg);
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS public CASCADE");
      st.execute("CREATE SCHEMA public");
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
