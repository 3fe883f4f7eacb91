package org.dpcoach.core.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.port.ChannelPoster;
import org.dpcoach.core.port.OutboxEntry;
import org.dpcoach.core.port.OutboxMessages;
import org.dpcoach.core.port.OutboxStore;
import org.dpcoach.core.port.ScheduleStore;
import org.dpcoach.core.port.TipSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts tips exactly once. Each post is planned in the outbox under a unique key (channel and
 * slot), claimed (pending to sending) by one sender, posted with the key attached, then marked sent
 * with the platform's message id. If the sender dies or the platform's answer is lost, the
 * reconcile step looks for the key in the channel's history before posting again.
 */
public final class TipPublisher {
  /** A slot fired later than this after its time is skipped rather than posted late. */
  static final Duration LATEST = Duration.ofHours(12);

  static final int MAX_ATTEMPTS = 5;
  private static final Logger LOG = LoggerFactory.getLogger(TipPublisher.class);

  /** What happened to one post. */
  public enum Outcome {
    POSTED,
    RECOVERED,
    ALREADY_SENT,
    IN_FLIGHT,
    FAILED,
    UNKNOWN,
    SKIPPED
  }

  private final OutboxStore outbox;
  private final ScheduleStore schedules;
  private final TipLibrary library;
  private final Map<String, ChannelPoster> posters;
  private final PracticeSettings settings;
  private final String owner;
  private final OutboxMessages others;

  /** A publisher for this instance ({@code owner} names it in claims). */
  public TipPublisher(
      OutboxStore outbox,
      ScheduleStore schedules,
      TipLibrary library,
      Map<String, ChannelPoster> posters,
      PracticeSettings settings,
      String owner) {
    this.outbox = outbox;
    this.schedules = schedules;
    this.library = library;
    this.posters = Map.copyOf(posters);
    this.settings = settings;
    this.owner = owner;
    this.others = OutboxMessages.none();
  }

  private TipPublisher(TipPublisher base, OutboxMessages others) {
    this.outbox = base.outbox;
    this.schedules = base.schedules;
    this.library = base.library;
    this.posters = base.posters;
    this.settings = base.settings;
    this.owner = base.owner;
    this.others = others;
  }

  /**
   * A publisher that also posts outbox entries that are not tips (the insights digest), their
   * messages from {@code others}: planned, claimed, posted and reconciled exactly like tips.
   */
  public TipPublisher withOtherPosts(OutboxMessages others) {
    return new TipPublisher(
        this, java.util.Objects.requireNonNull(others, "others must not be null"));
  }

  /**
   * The timer fired the channel's slot: posts its tip unless the schedule is paused, gone or the
   * slot is long past, and says when the next slot is (empty when the schedule is gone).
   */
  public Optional<Instant> fire(String platform, String channel, Instant slot) {
    Optional<TipSchedule> schedule = schedules.find(platform, channel);
    if (schedule.isEmpty()) {
      return Optional.empty();
    }
    Instant now = settings.clock().instant();
    if (!schedule.get().paused() && now.isBefore(slot.plus(LATEST))) {
      publish(slotKey(platform, channel, slot), platform, channel, slot);
    }
    return Optional.of(schedule.get().slot().nextAfterFiring(slot, now, settings.zone()));
  }

  /**
   * Posts the channel's next tip now ({@code tips now}); {@code requestId} makes repeats of one
   * request harmless.
   */
  public Outcome now(String platform, String channel, String requestId) {
    return publish(
        "now:" + platform + ":" + channel + ":" + requestId,
        platform,
        channel,
        settings.clock().instant());
  }

  /** The outbox key of a scheduled slot. */
  public static String slotKey(String platform, String channel, Instant slot) {
    return "tip:" + platform + ":" + channel + ":" + slot.getEpochSecond();
  }

  Outcome publish(String key, String platform, String channel, Instant slot) {
    outbox.plan(
        key,
        platform,
        channel,
        slot,
        counts -> TipLibrary.next(library.order(platform, channel), counts),
        settings.clock().instant());
    return deliver(key);
  }

  /** Posts a planned entry if it is still pending and this sender claims it. */
  public Outcome deliver(String key) {
    Optional<OutboxEntry> entry = outbox.find(key);
    if (entry.isEmpty()) {
      return Outcome.FAILED;
    }
    return switch (entry.get().state()) {
      case SENT -> Outcome.ALREADY_SENT;
      case SENDING -> Outcome.IN_FLIGHT;
      case PENDING ->
          outbox.claim(key, owner, settings.clock().instant())
              ? send(entry.get())
              : Outcome.IN_FLIGHT;
    };
  }

  /**
   * Looks at posts left "sending" longer than the lease (their sender died or lost the answer):
   * marks those found in the channel as sent, posts the others; then posts pending leftovers.
   * Returns how many entries it settled.
   */
  public int reconcile() {
    Instant now = settings.clock().instant();
    Instant before = now.minus(settings.lease());
    int settled = 0;
    for (OutboxEntry stuck : outbox.sendingSince(before)) {
      if (!outbox.reclaim(stuck.key(), stuck.claimedAt().orElseThrow(), owner, now)) {
        continue;
      }
      ChannelPoster poster = posters.get(stuck.platform());
      Optional<String> found =
          poster == null
              ? Optional.empty()
              : poster.find(
                  stuck.channel(),
                  stuck.key(),
                  stuck.claimedAt().orElseThrow().minus(Duration.ofMinutes(5)));
      if (found.isPresent()) {
        outbox.sent(stuck.key(), found.get(), now);
        settled++;
      } else if (send(stuck) == Outcome.POSTED) {
        settled++;
      }
    }
    for (OutboxEntry pending : outbox.pendingSince(before)) {
      if (pending.attempts() < MAX_ATTEMPTS && deliver(pending.key()) == Outcome.POSTED) {
        settled++;
      }
    }
    return settled;
  }

  /**
   * Rewrites the post sent under the key (a question's post once it is answered); false when it is
   * not sent yet, or the platform cannot or would not. Repeating it is harmless.
   */
  public boolean revise(String key, Message message) {
    Optional<OutboxEntry> entry = outbox.find(key).filter(e -> e.state() == OutboxEntry.State.SENT);
    ChannelPoster poster = entry.map(e -> posters.get(e.platform())).orElse(null);
    if (poster == null || entry.get().messageId().isEmpty()) {
      return false;
    }
    try {
      return poster.update(entry.get().channel(), entry.get().messageId().get(), key, message);
    } catch (RuntimeException e) {
      LOG.warn("revising {} failed: {}", key, e.getClass().getName());
      return false;
    }
  }

  private Outcome send(OutboxEntry entry) {
    ChannelPoster poster = posters.get(entry.platform());
    Optional<Message> message =
        library
            .message(entry.tipId(), entry.platform(), entry.channel())
            .or(() -> others.message(entry));
    if (poster == null || message.isEmpty()) {
      LOG.warn(
          "cannot post outbox entry {}: no poster for {} or no tip {}",
          entry.key(),
          entry.platform(),
          entry.tipId());
      outbox.release(entry.key());
      return Outcome.FAILED;
    }
    Optional<String> id;
    try {
      id = poster.post(entry.channel(), others.thread(entry), entry.key(), message.get());
    } catch (RuntimeException e) {
      // The platform may or may not have the message: leave it sending for the reconcile step.
      LOG.warn("posting {} failed: {}", entry.key(), e.getClass().getName());
      return Outcome.UNKNOWN;
    }
    if (id.isEmpty()) {
      outbox.release(entry.key());
      return Outcome.FAILED;
    }
    outbox.sent(entry.key(), id.get(), settings.clock().instant());
    return Outcome.POSTED;
  }
}
