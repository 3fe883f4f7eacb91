package org.dpcoach.slack;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.model.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers questions on the worker threads: engine, Block Kit, then the right destination. One error
 * handler per turn: it logs the failure's class (never the text) and replies neutrally.
 */
final class Coaching {
  private static final Logger LOG = LoggerFactory.getLogger(Coaching.class);

  /** The dialogue text said before an answer kept private (an ephemeral message). */
  static final String PRIVATE_WHY = "private.ephemeral";

  private final CoachEngine engine;
  private final BlockKitRenderer renderer;
  private final SlackPoster poster;
  private final ExecutorService executor;

  Coaching(
      CoachEngine engine, BlockKitRenderer renderer, SlackPoster poster, ExecutorService executor) {
    this.engine = engine;
    this.renderer = renderer;
    this.poster = poster;
    this.executor = executor;
  }

  /**
   * Answers a question on the calling worker thread; {@code keepPrivate} keeps the answer private
   * when the guard found personal data in text that has since been redacted.
   */
  Optional<Route> answer(Asked asked, String text, boolean keepPrivate) {
    Turn turn = new Turn(asked.user(), asked.conversationId(), text, asked.origin());
    return deliverOrApologise(asked, () -> engine.handle(turn), renderer::render, keepPrivate);
  }

  /** Answers with a topic the person picked, on the calling worker thread. */
  void chosen(Asked asked, String topicId) {
    Turn turn = new Turn(asked.user(), asked.conversationId(), "", asked.origin());
    deliverOrApologise(asked, () -> engine.choose(turn, topicId), renderer::render, false);
  }

  /**
   * Posts the full guidance behind a short answer, rebuilt from the button's key alone (the case,
   * or its topic when this instance's knowledge lacks the case), on the calling worker thread.
   */
  void fullGuidance(Asked asked, GuidanceKey key) {
    Turn turn = new Turn(asked.user(), asked.conversationId(), "", asked.origin());
    deliverOrApologise(
        asked,
        () -> {
          Reply reply = engine.choose(turn, key.caseId().orElse(key.topic()));
          return reply.route() == Route.ANSWER || key.caseId().isEmpty()
              ? reply
              : engine.choose(turn, key.topic());
        },
        renderer::fullGuidance,
        false);
  }

  /** Queues other work off the request thread; false when the queue is full. */
  boolean later(Runnable work) {
    try {
      executor.execute(
          () -> {
            try {
              work.run();
            } catch (RuntimeException e) {
              LOG.error("slack task failed: {}", e.getClass().getName());
            }
          });
      return true;
    } catch (RejectedExecutionException e) {
      LOG.warn("answer queue full; the request is left for Slack to retry");
      return false;
    }
  }

  private Optional<Route> deliverOrApologise(
      Asked asked,
      Supplier<Reply> answer,
      Function<Reply, SlackMessage> rendering,
      boolean keepPrivate) {
    try {
      Reply reply = answer.get();
      deliver(asked, reply, rendering, keepPrivate);
      return Optional.of(reply.route());
    } catch (RuntimeException e) {
      LOG.error(
          "slack turn failed in conversation {}: {}",
          asked.conversationId(),
          e.getClass().getName());
      poster.send(plainDestination(asked), renderer.render(notice(words("sorry"))));
      return Optional.empty();
    }
  }

  private void deliver(
      Asked asked, Reply reply, Function<Reply, SlackMessage> rendering, boolean keepPrivate) {
    if (asked.responseUrl().isEmpty()
        && !asked.direct()
        && (reply.answerPrivately() || keepPrivate)) {
      Reply withWhy = reply.privately(engine.knowledge().dialogue().text(PRIVATE_WHY));
      poster.send(
          new Destination.Ephemeral(asked.channel(), asked.user(), asked.threadTs()),
          rendering.apply(withWhy));
      return;
    }
    poster.send(plainDestination(asked), rendering.apply(reply));
  }

  private static Destination plainDestination(Asked asked) {
    if (asked.responseUrl().isPresent()) {
      return new Destination.ResponseUrl(asked.responseUrl().get());
    }
    return new Destination.Channel(asked.channel(), asked.threadTs());
  }

  private static Reply notice(String text) {
    return new Reply(
        Route.SMALLTALK,
        Route.SMALLTALK.id(),
        1.0,
        List.of(),
        List.of(new ReplyPart.Notice(ReplyPart.Notice.Kind.INFO, text)),
        false,
        "");
  }

  /** The knowledge's words for the key (the dialogue file). */
  String words(String key) {
    return engine.knowledge().dialogue().text(key);
  }
}
