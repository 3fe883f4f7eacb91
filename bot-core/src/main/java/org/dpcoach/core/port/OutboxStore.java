package org.dpcoach.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The tip outbox: every post is planned under a unique key before it is sent, so two instances (or
 * a restart) never post the same slot twice.
 */
public interface OutboxStore {

  /**
   * Plans a post under a new key: in one transaction, reads how often each tip has gone to the
   * channel, asks {@code choose} for the tip, counts it and stores the entry as pending. Empty when
   * the key was planned already (by this or another instance).
   */
  Optional<OutboxEntry> plan(
      String key,
      String platform,
      String channel,
      Instant slot,
      Function<Map<String, Integer>, String> choose,
      Instant at);

  /** The entry with the key, if any. */
  Optional<OutboxEntry> find(String key);

  /** Pending to sending for this owner; false when another sender got there first. */
  boolean claim(String key, String owner, Instant at);

  /** Takes over a sending entry whose claim is still {@code claimedAt}; false when it moved on. */
  boolean reclaim(String key, Instant claimedAt, String owner, Instant at);

  /** Sending to sent, with the platform's message id. */
  void sent(String key, String messageId, Instant at);

  /** Sending back to pending (the platform refused or could not be reached). */
  void release(String key);

  /** Entries that have been sending since before the instant (their sender may have died). */
  List<OutboxEntry> sendingSince(Instant before);

  /** Entries still pending that were planned before the instant. */
  List<OutboxEntry> pendingSince(Instant before);
}
