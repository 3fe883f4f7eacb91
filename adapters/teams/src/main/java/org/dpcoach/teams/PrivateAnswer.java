package org.dpcoach.teams;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.ConversationResourceResponse;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import com.microsoft.bot.schema.teams.TenantInfo;
import java.util.List;
import java.util.Optional;

/**
 * Answers someone in a personal (1:1) chat instead of where they asked: opens the chat with {@code
 * createConversation} and posts there. Teams only allows it when the person has the app (installing
 * it for a team installs it for its members' personal scope in most tenants).
 */
final class PrivateAnswer {
  private final Delivery delivery;

  PrivateAnswer(Delivery delivery) {
    this.delivery = delivery;
  }

  /**
   * Posts the activity in a personal chat with the asker; false when the chat could not be opened
   * or posted to.
   */
  boolean send(TurnContext context, Activity message) {
    Activity asked = context.getActivity();
    ConnectorClient client = context.getTurnState().get(BotFrameworkAdapter.CONNECTOR_CLIENT_KEY);
    if (client == null || asked.getFrom() == null || asked.getRecipient() == null) {
      return false;
    }
    ConversationParameters parameters = new ConversationParameters();
    parameters.setIsGroup(false);
    parameters.setBot(asked.getRecipient());
    parameters.setMembers(List.of(asked.getFrom()));
    Optional<String> tenant = Admission.tenantOf(asked);
    tenant.ifPresent(
        t -> {
          parameters.setTenantId(t);
          TeamsChannelData channelData = new TeamsChannelData();
          channelData.setTenant(new TenantInfo(t));
          parameters.setChannelData(channelData);
        });
    Optional<ConversationResourceResponse> opened =
        delivery.call(
            "create personal chat", () -> client.getConversations().createConversation(parameters));
    String id =
        opened.map(ConversationResourceResponse::getId).filter(s -> !s.isBlank()).orElse(null);
    if (id == null) {
      return false;
    }
    ConversationAccount conversation = new ConversationAccount(id);
    tenant.ifPresent(conversation::setTenantId);
    conversation.setConversationType("personal");
    message.setConversation(conversation);
    message.setFrom(asked.getRecipient());
    message.setRecipient(asked.getFrom());
    message.setChannelId(asked.getChannelId());
    message.setServiceUrl(asked.getServiceUrl());
    return delivery
        .call(
            "send to personal chat",
            () ->
                client
                    .getConversations()
                    .sendToConversation(id, message)
                    .thenApply(Delivery::orEmpty))
        .isPresent();
  }
}
