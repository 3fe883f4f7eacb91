package org.dpcoach.app;

import io.javalin.config.JavalinConfig;
import java.time.Duration;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * How the server keeps slow clients from stalling it: a request body must keep arriving at a
 * minimum rate and a blocking read gives up after a while (Jetty answers 408 and frees the thread),
 * connections are bounded, and the thread pool is larger than the connection bound, so that however
 * many clients trickle a body, a thread is free for Slack's next event and {@code /healthz}.
 */
final class HttpLimits {
  /** Connections accepted at once; more wait in the kernel's backlog. */
  static final int MAX_CONNECTIONS = 500;

  /**
   * Request threads: more than {@link #MAX_CONNECTIONS}, plus Jetty's own acceptors and selectors.
   */
  static final int MAX_THREADS = MAX_CONNECTIONS + 100;

  /** The slowest request body accepted, in bytes a second (Slack's bodies arrive in one go). */
  static final long MIN_REQUEST_BYTES_PER_SECOND = 128;

  /** How long a blocking read of a request waits for the next bytes. */
  static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

  private HttpLimits() {}

  /** Applies the limits to a Javalin configuration. */
  static void apply(JavalinConfig config) {
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 8, 60_000);
    threads.setName("dpcoach-http");
    config.jetty.threadPool = threads;
    config.jetty.modifyHttpConfiguration(
        http -> {
          http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
          http.setIdleTimeout(READ_TIMEOUT.toMillis());
        });
    config.jetty.modifyServer(
        server -> {
          NetworkConnectionLimit limit = new NetworkConnectionLimit(MAX_CONNECTIONS, server);
          // at the limit, connections already open get the short timeout too
          limit.setEndPointIdleTimeout(READ_TIMEOUT.toMillis());
          server.addBean(limit);
        });
  }
}
