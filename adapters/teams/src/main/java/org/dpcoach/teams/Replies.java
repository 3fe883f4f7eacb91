package org.dpcoach.teams;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ConversationAccount;
import java.util.ArrayList;
import java.util.List;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;

/**
 * Sends cards and short notes back where the turn came from; an answer the engine wants kept
 * private is sent to the asker's personal chat when they asked in a channel or group chat, with the
 * reason, and the channel only hears where it went.
 */
final class Replies {
  static final String PRIVATE_WHY =
      "I've answered you here, in a personal chat, because your message looked like it had"
          + " personal details in it. You may want to edit or delete your message in the channel.";
  static final String SENT_PRIVATELY = "I've sent my answer to you in a personal chat.";
  static final String COULD_NOT_SEND_PRIVATELY =
      "Your message looked like it had personal details in it, so I haven't"
          + " answered here. I couldn't open a personal chat with you: please ask me again in a personal chat, leaving out"
          + " names and other details.";

  private final AdaptiveCardRenderer renderer;
  private final Delivery delivery;
  private final PrivateAnswer privately;

  Replies(AdaptiveCardRenderer renderer, Delivery delivery, PrivateAnswer privately) {
    this.renderer = renderer;
    this.delivery = delivery;
    this.privately = privately;
  }

  /**
   * Sends the engine's reply as a card, privately when it asks for that in a shared conversation.
   */
  void answer(TurnContext context, Reply reply) {
    boolean keepPrivate =
        reply.answerPrivately()
            || Boolean.TRUE.equals(context.getTurnState().get(Turns.KEEP_PRIVATE));
    if (keepPrivate && shared(context.getActivity().getConversation())) {
      if (privately.send(context, activity(renderer.render(withWhy(reply))))) {
        text(context, SENT_PRIVATELY);
      } else {
        text(context, COULD_NOT_SEND_PRIVATELY);
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

  private static Reply withWhy(Reply reply) {
    List<ReplyPart> parts = new ArrayList<>();
    parts.add(new ReplyPart.Notice(ReplyPart.Notice.Kind.PRIVACY, PRIVATE_WHY));
    parts.addAll(reply.parts());
    return new Reply(
        reply.route(),
        reply.topic(),
        reply.confidence(),
        reply.alternatives(),
        parts,
        true,
        reply.knowledgeVersion());
  }
}
