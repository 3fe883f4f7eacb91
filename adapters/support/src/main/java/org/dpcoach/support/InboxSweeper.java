package org.dpcoach.support;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes what a dead instance left unanswered: at start and then every {@link
 * Inbox#sweepEvery()}, takes over a platform's abandoned requests and hands each to the adapter.
 */
public final class InboxSweeper implements AutoCloseable {
  /** How many requests one sweep takes over at most. */
  public static final int BATCH = 200;

  private static final Logger LOG = LoggerFactory.getLogger(InboxSweeper.class);

  private final Inbox inbox;
  private final String platform;
  private final Consumer<Inbox.Delivery> resume;
  private final ScheduledExecutorService timer;

  private InboxSweeper(Inbox inbox, String platform, Consumer<Inbox.Delivery> resume) {
    this.inbox = inbox;
    this.platform = platform;
    this.resume = resume;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "dpcoach-" + platform + "-inbox");
              t.setDaemon(true);
              return t;
            });
  }

  /** Sweeps at once and then periodically; {@code resume} queues each taken-over request. */
  public static InboxSweeper start(Inbox inbox, String platform, Consumer<Inbox.Delivery> resume) {
    InboxSweeper sweeper = new InboxSweeper(inbox, platform, resume);
    long every = Math.max(1, inbox.sweepEvery().toMillis());
    sweeper.timer.scheduleWithFixedDelay(sweeper::sweepQuietly, 0, every, TimeUnit.MILLISECONDS);
    return sweeper;
  }

  /** Takes over and hands on the abandoned requests now; how many there were. */
  public int sweep() {
    int taken = 0;
    for (Inbox.Delivery d : inbox.abandoned(platform, BATCH)) {
      resume.accept(d);
      taken++;
    }
    if (taken > 0) {
      LOG.info("{} inbox: took over {} unanswered requests", platform, taken);
    }
    return taken;
  }

  private void sweepQuietly() {
    try {
      sweep();
    } catch (RuntimeException e) {
      LOG.warn("{} inbox sweep failed: {}", platform, e.getClass().getName());
    }
  }

  /** Stops sweeping. */
  @Override
  public void close() {
    timer.shutdownNow();
  }
}
