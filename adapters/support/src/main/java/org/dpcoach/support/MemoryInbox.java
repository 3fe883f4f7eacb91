package org.dpcoach.support;

import java.time.Duration;
import java.util.List;

/** {@link Inbox#inMemory()}: redeliveries recognised by a bounded cache; nothing is durable. */
final class MemoryInbox implements Inbox {
  private final SeenIds seen;

  MemoryInbox(SeenIds seen) {
    this.seen = seen;
  }

  @Override
  public boolean record(Delivery delivery) {
    return seen.claim(delivery.key());
  }

  @Override
  public boolean start(String key) {
    return true;
  }

  @Override
  public void done(String key) {
    // the key stays in the cache until it expires
  }

  @Override
  public void release(String key) {
    seen.release(key);
  }

  @Override
  public List<Delivery> abandoned(String platform, int max) {
    return List.of();
  }

  @Override
  public Duration sweepEvery() {
    return Duration.ofMinutes(1);
  }
}
