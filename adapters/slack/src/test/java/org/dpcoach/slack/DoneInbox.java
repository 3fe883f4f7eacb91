package org.dpcoach.slack;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dpcoach.support.Inbox;

/** An in-memory inbox that lists the requests answered, so a test can wait on the work. */
final class DoneInbox implements Inbox {
  final List<String> done = new CopyOnWriteArrayList<>();
  private final Inbox inner = Inbox.inMemory();

  @Override
  public boolean record(Delivery delivery) {
    return inner.record(delivery);
  }

  @Override
  public boolean start(String key) {
    return inner.start(key);
  }

  @Override
  public void done(String key) {
    inner.done(key);
    done.add(key);
  }

  @Override
  public void release(String key) {
    inner.release(key);
  }

  @Override
  public List<Delivery> abandoned(String platform, int max) {
    return inner.abandoned(platform, max);
  }

  @Override
  public Duration sweepEvery() {
    return inner.sweepEvery();
  }
}
