package org.dpcoach.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.dpcoach.support.SeenIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs admitted activities through the SDK's pipeline and the bot, on the worker pool or in the
 * request for invokes; the Bot Connector's redeliveries of a queued activity are dropped.
 */
final class Turns {
  private static final Logger LOG = LoggerFactory.getLogger(Turns.class);
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private final CoachHttpAdapter adapter;
  private final Bot bot;
  private final ExecutorService executor;
  private final AtomicLong started = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final SeenIds seen = new SeenIds();

  Turns(CoachHttpAdapter adapter, Bot bot, ExecutorService executor) {
    this.adapter = adapter;
    this.bot = bot;
    this.executor = executor;
  }

  /**
   * Queues a turn; a redelivery of an activity already taken on is dropped (true, nothing runs);
   * false when the queue is full.
   */
  boolean queue(ClaimsIdentity identity, Activity activity) {
    String key = SeenActivities.key(activity).orElse(null);
    if (!seen.claim(key)) {
      dropped.incrementAndGet();
      LOG.info("dropped a redelivered activity");
      return true;
    }
    try {
      executor.execute(() -> run(identity, activity));
      return true;
    } catch (RejectedExecutionException e) {
      seen.release(key);
      LOG.warn("turn queue full; the activity is left for the Bot Connector to retry");
      return false;
    }
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
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      return "{}";
    }
  }

  private void run(ClaimsIdentity identity, Activity activity) {
    started.incrementAndGet();
    try {
      adapter.processActivity(identity, activity, bot::onTurn).join();
    } catch (RuntimeException e) {
      LOG.error("teams turn failed outside the turn handler: {}", Delivery.rootClass(e));
    }
  }
}
