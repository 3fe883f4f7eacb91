package org.dpcoach.teams;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.connector.Channels;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.dpcoach.core.port.ConversationAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a new message, unasked, to a kept conversation (or to a thread of a kept channel) with the
 * bot's own credentials, or rewrites one it sent; a reference whose service URL is off the
 * allow-list gets nothing.
 */
final class Proactive {
  static final int SECONDS = 60;
  private static final Logger LOG = LoggerFactory.getLogger(Proactive.class);

  private final CoachHttpAdapter adapter;
  private final String appId;
  private final Delivery delivery;
  private final ServiceUrls serviceUrls;

  Proactive(CoachHttpAdapter adapter, TeamsSettings settings, Delivery delivery) {
    this.adapter = adapter;
    this.appId = settings.appId().orElse("");
    this.delivery = delivery;
    this.serviceUrls = new ServiceUrls(settings);
  }

  /**
   * Posts the message in {@code conversationId} (the reference's own, or one of its channel's
   * threads); the new activity's id (possibly blank) when the Bot Connector accepted it.
   */
  Optional<String> send(ConversationAddress to, String conversationId, Activity message) {
    return call(
        to,
        conversationId,
        message,
        "send proactive message",
        client -> client.getConversations().sendToConversation(message));
  }

  /**
   * Rewrites the activity with the id (a post this bot made in {@code conversationId}); true when
   * the Bot Connector accepted it. Rewriting it again with the same card is harmless.
   */
  boolean update(
      ConversationAddress to, String conversationId, String activityId, Activity message) {
    message.setId(activityId);
    return call(
            to,
            conversationId,
            message,
            "update proactive message",
            client -> client.getConversations().updateActivity(conversationId, activityId, message))
        .isPresent();
  }

  private Optional<String> call(
      ConversationAddress to,
      String conversationId,
      Activity message,
      String what,
      Function<ConnectorClient, CompletableFuture<ResourceResponse>> api) {
    if (!serviceUrls.allowed(to.serviceUrl())) {
      LOG.warn("refused a proactive message to a service URL off the allow-list");
      return Optional.empty();
    }
    AtomicReference<Optional<String>> sent = new AtomicReference<>(Optional.empty());
    try {
      ConversationReference reference = reference(to, conversationId);
      adapter
          .continueConversation(
              appId,
              reference,
              context -> {
                // a new message, not a reply: the SDK's continuation activity has a made-up id to
                // reply to
                ConnectorClient client =
                    context.getTurnState().get(BotFrameworkAdapter.CONNECTOR_CLIENT_KEY);
                message.setConversation(reference.getConversation());
                message.setFrom(reference.getBot());
                message.setChannelId(reference.getChannelId());
                message.setServiceUrl(reference.getServiceUrl());
                sent.set(
                    delivery
                        .call(what, () -> api.apply(client).thenApply(Delivery::orEmpty))
                        .map(r -> r.getId() == null ? "" : r.getId()));
                return CompletableFuture.completedFuture(null);
              })
          .get(SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.warn("proactive message failed: {}", Delivery.rootClass(e));
    }
    return sent.get();
  }

  /** Whether a stored reference may be written to. */
  boolean allowed(ConversationAddress to) {
    return serviceUrls.allowed(to.serviceUrl());
  }

  private static ConversationReference reference(ConversationAddress to, String conversationId) {
    ConversationReference reference = new ConversationReference();
    reference.setChannelId(Channels.MSTEAMS);
    reference.setServiceUrl(to.serviceUrl());
    ConversationAccount conversation = new ConversationAccount(conversationId);
    to.tenantId().ifPresent(conversation::setTenantId);
    to.conversationType().ifPresent(conversation::setConversationType);
    reference.setConversation(conversation);
    reference.setBot(new ChannelAccount(to.botId()));
    to.userId().ifPresent(u -> reference.setUser(new ChannelAccount(u)));
    return reference;
  }
}
