package org.dpcoach.support;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the adapters record each inbound request before acknowledging it, and where a platform's
 * redelivery is recognised. A recorded request is answered by the instance that recorded it; when
 * that instance dies first, another one takes it over once its lease has run out. The database
 * implementation is shared by every instance and survives restarts; {@link #inMemory()} is for a
 * single instance without a database.
 */
public interface Inbox {

  /**
   * One inbound request as it is recorded: never raw message text.
   *
   * @param key the request's identity (Slack's {@code event_id}, a hash of a signed command, a
   *     Teams activity's conversation and id); unique across platforms
   * @param platform {@code slack} or {@code teams}
   * @param kind what to do with it, as the adapter names it
   * @param user the person's platform id, for erasure
   * @param payload what the adapter needs to answer it again, with message text redacted
   * @param found whether the personal-data guard found anything (the answer then stays private)
   * @param attempts how often an instance has started answering it (0 when none has)
   */
  record Delivery(
      String key,
      String platform,
      String kind,
      Optional<String> user,
      String payload,
      boolean found,
      int attempts) {

    /** Checks each value at once. */
    public Delivery {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(platform, "platform must not be null");
      Objects.requireNonNull(kind, "kind must not be null");
      Objects.requireNonNull(user, "user must not be null (use Optional.empty())");
      Objects.requireNonNull(payload, "payload must not be null");
      if (key.isBlank()) {
        throw new IllegalArgumentException("key must not be blank");
      }
    }

    /** A new request, never started. */
    public static Delivery of(
        String key, String platform, String kind, String user, String payload, boolean found) {
      return new Delivery(key, platform, kind, Optional.ofNullable(user), payload, found, 0);
    }

    /** Never shows the payload. */
    @Override
    public String toString() {
      return "Delivery[key=" + key + ", platform=" + platform + ", kind=" + kind + "]";
    }
  }

  /**
   * Records a request before it is acknowledged; false when its key was recorded before (a
   * redelivery: acknowledge it and do nothing).
   */
  boolean record(Delivery delivery);

  /**
   * Starts answering a recorded request on this instance and renews its lease; false when it is
   * done already or another instance has taken it over.
   */
  boolean start(String key);

  /** Marks the request answered: its payload is erased, its key kept to recognise redeliveries. */
  void done(String key);

  /** Forgets a request that could not be queued, so that the platform's retry is taken on. */
  void release(String key);

  /**
   * Takes over up to {@code max} requests of the platform that were recorded but not answered
   * before their lease ran out (their instance died or stalled); each is leased to this instance.
   */
  List<Delivery> abandoned(String platform, int max);

  /** How often to look for abandoned requests. */
  Duration sweepEvery();

  /** One instance's inbox in memory: redeliveries are recognised for an hour, nothing survives. */
  static Inbox inMemory() {
    return new MemoryInbox(new SeenIds());
  }
}
