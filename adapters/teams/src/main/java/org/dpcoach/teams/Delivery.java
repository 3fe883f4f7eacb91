package org.dpcoach.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.restclient.RestException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ResourceResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.dpcoach.support.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls to the Bot Connector, with HTTP 429 retried after the {@code Retry-After} it asks for (at
 * least one second, at most thirty, three attempts). Logs the call and the status, never a message.
 */
final class Delivery {
  private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

  private final Retry retry;

  Delivery(Retry.Pause pause) {
    this.retry = new Retry(pause);
  }

  /** Sends an activity in the turn's conversation (a reply when it has a replyToId). */
  Optional<ResourceResponse> send(TurnContext context, Activity activity) {
    return call("send activity", () -> context.sendActivity(activity).thenApply(Delivery::orEmpty));
  }

  /** Runs one connector call; empty when it failed for good. */
  <T> Optional<T> call(String what, Supplier<CompletableFuture<T>> call) {
    return retry.run(
        what,
        () -> {
          try {
            return Retry.done(Optional.ofNullable(call.get().join()));
          } catch (RuntimeException e) {
            Optional<RestException> rest = restCause(e);
            int status = rest.map(r -> r.response() == null ? 0 : r.response().code()).orElse(0);
            if (status == 429) {
              return Retry.limited(
                  rest.get().response().headers().get("Retry-After"), Optional.<T>empty());
            }
            LOG.warn("{} failed: {}", what, status == 0 ? rootClass(e) : "HTTP " + status);
            return Retry.done(Optional.<T>empty());
          }
        });
  }

  /** A sent activity's response, never null (the connector may answer with no body). */
  static ResourceResponse orEmpty(ResourceResponse response) {
    return response == null ? new ResourceResponse("") : response;
  }

  private static Optional<RestException> restCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RestException r) {
        return Optional.of(r);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  static String rootClass(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getName();
  }
}
