package org.dpcoach.teams;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.OnTurnErrorHandler;
import com.microsoft.bot.builder.TurnContext;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one per-turn error handler: logs the failure's class (never its message, which may quote the
 * text), replies neutrally, and lets the next turn go on.
 */
final class TurnErrors implements OnTurnErrorHandler {
  private static final Logger LOG = LoggerFactory.getLogger(TurnErrors.class);

  private final Delivery delivery;
  private final String sorry;

  /** Replies through the delivery with the apology (the knowledge's {@code sorry} text). */
  TurnErrors(Delivery delivery, String sorry) {
    this.delivery = delivery;
    this.sorry = sorry;
  }

  @Override
  public CompletableFuture<Void> invoke(TurnContext context, Throwable exception) {
    String conversation =
        context.getActivity() == null || context.getActivity().getConversation() == null
            ? "unknown"
            : context.getActivity().getConversation().getId();
    LOG.error(
        "teams turn failed in conversation {}: {}", conversation, Delivery.rootClass(exception));
    try {
      delivery.send(context, MessageFactory.text(sorry));
    } catch (RuntimeException e) {
      LOG.warn("could not send the apology: {}", e.getClass().getName());
    }
    return CompletableFuture.completedFuture(null);
  }
}
