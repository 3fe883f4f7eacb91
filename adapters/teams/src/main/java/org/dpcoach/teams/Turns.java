package org.dpcoach.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.support.Inbox;
import org.dpcoach.support.RequestKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs admitted activities through the SDK's pipeline and the bot, on the worker pool or in the
 * request for invokes. Each queued activity is recorded in the inbox (redacted) before it is
 * acknowledged and marked done once its turn has run; the Bot Connector's redeliveries are dropped
 * by its key, on every instance.
 */
final class Turns {
  private static final Logger LOG = LoggerFactory.getLogger(Turns.class);
  static final String PLATFORM = "teams";

  /**
   * Turn state set when a turn taken over from the inbox had personal data in its (now redacted)
   * text: its answer stays private.
   */
  static final String KEEP_PRIVATE = "dpcoach.keepPrivate";

  private final CoachHttpAdapter adapter;
  private final Bot bot;
  private final ExecutorService executor;
  private final AtomicLong started = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final Inbox inbox;
  private final PersonalDataGuard guard;
  private final int maxChars;

  Turns(
      CoachHttpAdapter adapter,
      Bot bot,
      ExecutorService executor,
      Inbox inbox,
      PersonalDataGuard guard,
      int maxChars) {
    this.adapter = adapter;
    this.bot = bot;
    this.executor = executor;
    this.inbox = inbox;
    this.guard = guard;
    this.maxChars = maxChars;
  }

  /**
   * Records the activity in the inbox (redacted) and queues its turn; a redelivery of an activity
   * recorded before, by any instance, is dropped (true, nothing runs); false when the queue is
   * full.
   */
  boolean queue(ClaimsIdentity identity, Activity activity) {
    String key =
        RequestKeys.of(
            "teams:activity",
            SeenActivities.key(activity).orElseGet(() -> java.util.UUID.randomUUID().toString()));
    StoredTurn.Recorded recorded = StoredTurn.record(identity, activity, guard, maxChars);
    if (!inbox.record(
        Inbox.Delivery.of(
            key,
            PLATFORM,
            activity.getType(),
            userOf(activity),
            recorded.payload(),
            recorded.found()))) {
      dropped.incrementAndGet();
      LOG.info("dropped a redelivered activity");
      return true;
    }
    try {
      executor.execute(() -> answer(key, identity, activity, false));
      return true;
    } catch (RejectedExecutionException e) {
      inbox.release(key);
      LOG.warn("turn queue full; the activity is left for the Bot Connector to retry");
      return false;
    }
  }

  /** Queues a turn another instance recorded and left unanswered (the sweeper hands it over). */
  void resume(Inbox.Delivery d) {
    StoredTurn turn;
    try {
      turn = StoredTurn.read(d.payload(), d.found());
    } catch (IllegalArgumentException e) {
      LOG.warn("inbox row {} cannot be read; given up", d.key());
      inbox.done(d.key());
      return;
    }
    try {
      executor.execute(() -> answer(d.key(), turn.identity(), turn.activity(), turn.found()));
    } catch (RejectedExecutionException e) {
      LOG.warn("turn queue full; a taken-over activity waits for the next sweep");
    }
  }

  private void answer(String key, ClaimsIdentity identity, Activity activity, boolean keepPrivate) {
    if (!inbox.start(key)) {
      return; // answered already, or another instance took it over
    }
    try {
      run(identity, activity, keepPrivate);
    } finally {
      inbox.done(key);
    }
  }

  /** The person's id as the engine and the champions list know it: the AAD object id if given. */
  static String userOf(Activity activity) {
    if (activity.getFrom() == null) {
      return null;
    }
    return activity.getFrom().getAadObjectId() != null
        ? activity.getFrom().getAadObjectId()
        : activity.getFrom().getId();
  }

  /** How many redelivered activities were dropped. */
  long dropped() {
    return dropped.get();
  }

  /**
   * Runs an invoke in the request and returns its response (501 when nothing answered it, 500 on
   * failure).
   */
  InvokeResponse invoke(ClaimsIdentity identity, Activity activity, int seconds) {
    started.incrementAndGet();
    try {
      InvokeResponse response =
          adapter.processActivity(identity, activity, bot::onTurn).get(seconds, TimeUnit.SECONDS);
      return response == null ? new InvokeResponse(501, null) : response;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new InvokeResponse(500, null);
    } catch (Exception e) {
      LOG.error("teams invoke failed: {}", Delivery.rootClass(e));
      return new InvokeResponse(500, null);
    }
  }

  /** How many turns have reached the pipeline. */
  long started() {
    return started.get();
  }

  String json(Object body) {
    try {
      return ActivityJson.MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      return "{}";
    }
  }

  private void run(ClaimsIdentity identity, Activity activity, boolean keepPrivate) {
    started.incrementAndGet();
    try {
      adapter
          .processActivity(
              identity,
              activity,
              context -> {
                if (keepPrivate) {
                  context.getTurnState().add(KEEP_PRIVATE, Boolean.TRUE);
                }
                return bot.onTurn(context);
              })
          .join();
    } catch (RuntimeException e) {
      LOG.error("teams turn failed outside the turn handler: {}", Delivery.rootClass(e));
    }
  }
}
