package org.dpcoach.teams;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ConversationAccount;
import org.dpcoach.core.model.Reply;
import org.dpcoach.knowledge.Dialogue;

/**
 * Sends cards and short notes back where the turn came from; an answer the engine wants kept
 * private is sent to the asker's personal chat when they asked in a channel or group chat, with the
 * reason, and the channel only hears where it went.
 */
final class Replies {
  /** The dialogue text said before an answer sent to a personal chat instead. */
  static final String PRIVATE_WHY = "private.personal_chat";

  /** The dialogue text the channel hears when the answer went to a personal chat. */
  static final String SENT_PRIVATELY = "private.sent";

  /** The dialogue text the channel hears when no personal chat could be opened for the answer. */
  static final String COULD_NOT_SEND_PRIVATELY = "private.could_not_send";

  private final AdaptiveCardRenderer renderer;
  private final Delivery delivery;
  private final PrivateAnswer privately;
  private final Dialogue dialogue;

  Replies(
      AdaptiveCardRenderer renderer,
      Delivery delivery,
      PrivateAnswer privately,
      Dialogue dialogue) {
    this.renderer = renderer;
    this.delivery = delivery;
    this.privately = privately;
    this.dialogue = dialogue;
  }

  /**
   * Sends the engine's reply as a card, privately when it asks for that in a shared conversation.
   */
  void answer(TurnContext context, Reply reply) {
    boolean keepPrivate =
        reply.answerPrivately()
            || Boolean.TRUE.equals(context.getTurnState().get(Turns.KEEP_PRIVATE));
    if (keepPrivate && shared(context.getActivity().getConversation())) {
      if (privately.send(
          context, activity(renderer.render(reply.privately(dialogue.text(PRIVATE_WHY)))))) {
        text(context, dialogue.text(SENT_PRIVATELY));
      } else {
        text(context, dialogue.text(COULD_NOT_SEND_PRIVATELY));
      }
      return;
    }
    card(context, renderer.render(reply));
  }

  /** Sends a card in the turn's conversation. */
  void card(TurnContext context, Card card) {
    delivery.send(context, activity(card));
  }

  /** Sends a card in a personal chat with the person whose turn it is; false when it could not. */
  boolean privately(TurnContext context, Card card) {
    return privately.send(context, activity(card));
  }

  /** Sends a short plain note in the turn's conversation. */
  void text(TurnContext context, String note) {
    delivery.send(context, MessageFactory.text(note));
  }

  static Activity activity(Card card) {
    Attachment attachment = new Attachment();
    attachment.setContentType(Card.CONTENT_TYPE);
    attachment.setContent(card.content());
    Activity activity = MessageFactory.attachment(attachment);
    activity.setSummary(card.summary());
    return activity;
  }

  static boolean shared(ConversationAccount conversation) {
    if (conversation == null) {
      return false;
    }
    String type = conversation.getConversationType();
    return conversation.isGroup() || "channel".equals(type) || "groupChat".equals(type);
  }
}
