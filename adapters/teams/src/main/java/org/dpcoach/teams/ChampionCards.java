package org.dpcoach.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import java.util.Optional;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.model.Action;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.port.ConversationAddress;
import org.dpcoach.core.port.ConversationDirectory;
import org.dpcoach.core.practice.ChampionDesk;
import org.dpcoach.core.practice.ChampionSettings;
import org.dpcoach.core.practice.DeskReply;
import org.dpcoach.core.practice.Person;
import org.dpcoach.core.practice.PracticeCommand;
import org.dpcoach.core.practice.PracticeDesk;
import org.dpcoach.support.Json;

/**
 * The Teams side of asking a digital champion: {@code ask-champion <question>} and {@code champions
 * here} typed to the bot, the offer after an answer that did not help, the card buttons (the Answer
 * button opens a box), and a champion's @mention reply in a question's thread. Only translates: the
 * {@link ChampionDesk} decides; every reply goes only to the person who acted.
 */
final class ChampionCards {
  /** The Answer box's text input, redacted before the inbox keeps it. */
  static final String ANSWER_INPUT = "champion_answer";

  /** The preview's box with the redacted question to edit, redacted before the inbox keeps it. */
  static final String EDIT_INPUT = "champion_edit";

  /** The offer button's redacted question, redacted again before the inbox keeps it. */
  static final String ASK_TEXT = "champion_text";

  static final String QUESTION = "question";

  private final Optional<ChampionDesk> desk;
  private final PracticeDesk practice;
  private final AdaptiveCardRenderer cards;
  private final Replies replies;
  private final ConversationDirectory references;
  private final PersonalDataGuard guard;

  ChampionCards(
      Optional<ChampionDesk> desk,
      PracticeDesk practice,
      AdaptiveCardRenderer cards,
      Replies replies,
      ConversationDirectory references,
      PersonalDataGuard guard) {
    this.desk = desk;
    this.practice = practice;
    this.cards = cards;
    this.replies = replies;
    this.references = references;
    this.guard = guard;
  }

  /** The card action of a champion button: the Answer box, or a submit with its data. */
  static ObjectNode action(Action a) {
    ObjectNode data = Json.MAPPER.createObjectNode().put(SubmitData.KEY, a.id());
    data.put(a.id().equals(Action.CHAMPION_ASK) ? ASK_TEXT : QUESTION, a.value());
    ObjectNode submit = AdaptiveCardRenderer.submit(a.label(), data);
    if (!a.id().equals(Action.CHAMPION_ANSWER)) {
      return submit;
    }
    ObjectNode box = Json.MAPPER.createObjectNode().put("type", "AdaptiveCard");
    input(box, ANSWER_INPUT);
    box.putArray("actions").add(submit);
    ObjectNode show =
        Json.MAPPER
            .createObjectNode()
            .put("type", "Action.ShowCard")
            .put("title", CardText.plain(a.label(), AdaptiveCardRenderer.BUTTON_CHARS));
    show.set("card", box);
    return show;
  }

  /**
   * {@code ask-champion ...} or {@code champions here}, decided by the practice in-port; a question
   * needs the asker's personal chat, where the champion's answer will reach them.
   */
  void command(TurnContext context, PracticeCommand command) {
    Person person = person(context);
    boolean personal = !Replies.shared(context.getActivity().getConversation());
    if (command.desk() == PracticeCommand.Desk.ASK_CHAMPION) {
      Optional<Person> asker = asker(context);
      if (asker.isEmpty() && desk.isPresent()) {
        replies.text(context, practice.noPersonalChat());
        return;
      }
      person = command.withdraws().isPresent() ? person : asker.orElse(person);
    }
    String text = command.args();
    PracticeCommand given =
        command.withdraws().isPresent()
            ? command
            : new PracticeCommand(command.desk(), redacted(text));
    answer(context, Optional.of(practice.champion(person, given, personal, text.length())));
  }

  /** A champion card button; false when the activity's value is not one. */
  boolean submitted(TurnContext context) {
    Object value = context.getActivity().getValue();
    JsonNode data = value == null ? Json.MAPPER.nullNode() : Json.MAPPER.valueToTree(value);
    String action = data.path(SubmitData.KEY).asText("");
    if (!action.startsWith("champion.")) {
      return false;
    }
    Person person = person(context);
    if (action.equals(Action.CHAMPION_ASK)) {
      String text = redacted(data.path(ASK_TEXT).asText(""));
      Optional<Person> asker = asker(context);
      answer(context, desk.map(d -> d.preview(asker.orElse(person), text, text.length())));
      return true;
    }
    long id = data.path(QUESTION).asLong(-1);
    answer(context, desk.map(d -> button(d, action, person, id, data)));
    return true;
  }

  private DeskReply button(ChampionDesk d, String action, Person person, long id, JsonNode data) {
    return switch (action) {
      case Action.CHAMPION_SEND ->
          data.has(EDIT_INPUT)
              ? d.edits().send(person, id, edited(data), data.path(EDIT_INPUT).asText().length())
              : d.confirm(person, id);
      case Action.CHAMPION_EDIT ->
          d.edits().edit(person, id, edited(data), data.path(EDIT_INPUT).asText("").length());
      case Action.CHAMPION_WITHDRAW -> d.withdraw(person, id);
      case Action.CHAMPION_TAKE -> d.take(person, id);
      case Action.CHAMPION_DECLINE -> d.decline(person, id);
      case Action.CHAMPION_KNOWLEDGE -> d.markForKnowledge(person, id);
      default -> d.answer(person, id, redacted(data.path(ANSWER_INPUT).asText("")));
    };
  }

  /**
   * A champion's @mention reply in a question's thread answers it; false (the coach answers as
   * usual) for anyone else or any other thread.
   */
  boolean threadReply(TurnContext context, String typed) {
    Optional<String> root = Practice.thread(context.getActivity());
    if (root.isEmpty() || desk.isEmpty() || typed.isBlank()) {
      return false;
    }
    Optional<DeskReply> reply =
        desk.get().threadReply(person(context), root.get(), redacted(typed));
    reply.ifPresent(r -> answer(context, Optional.of(r)));
    return reply.isPresent();
  }

  /** After an answer: offers "Ask a digital champion" when the coach could not answer well. */
  void offerAfter(TurnContext context, Route route, String typed) {
    if (route == Route.FALLBACK || route == Route.CLARIFY) {
      offer(context, typed);
    }
  }

  /** Offers "Ask a digital champion" privately (after Not helpful, with what was missing). */
  void offer(TurnContext context, String text) {
    String redacted = redacted(text.length() > ChampionSettings.MAX_CHARS ? "" : text);
    desk.flatMap(d -> d.offer(TeamsChannelPoster.PLATFORM, redacted))
        .ifPresent(m -> answer(context, m));
  }

  private String edited(JsonNode data) {
    return redacted(data.path(EDIT_INPUT).asText(""));
  }

  private String redacted(String text) {
    return text.isBlank() ? "" : guard.redact(text).redacted();
  }

  private void answer(TurnContext context, Optional<DeskReply> reply) {
    answer(context, reply.map(DeskReply::message).orElseGet(practice::notSwitchedOn));
  }

  private void answer(TurnContext context, Message message) {
    Card card = cards.render(message, "");
    withBox(context, message, card);
    if (!Replies.shared(context.getActivity().getConversation())) {
      replies.card(context, card);
    } else if (!replies.privately(context, card)) {
      replies.text(context, practice.noPersonalChat());
    }
  }

  /** A preview gets the box with the draft's redacted text, which Send and Edit submit. */
  private void withBox(TurnContext context, Message message, Card card) {
    message.actions().stream()
        .filter(a -> a.id().equals(Action.CHAMPION_SEND))
        .findFirst()
        .flatMap(a -> desk.flatMap(d -> d.edits().text(person(context), Long.parseLong(a.value()))))
        .ifPresent(text -> input(card.content(), EDIT_INPUT).put("value", text));
  }

  /** A text box at the end of the card's body. */
  private static ObjectNode input(ObjectNode card, String id) {
    return card.withArray("body")
        .addObject()
        .put("type", "Input.Text")
        .put("id", id)
        .put("isMultiline", true)
        .put("maxLength", ChampionSettings.MAX_CHARS);
  }

  /** The person who acted, answered privately in this conversation (no asker's chat needed). */
  private static Person person(TurnContext context) {
    Activity a = context.getActivity();
    return new Person(Practice.caller(a), name(a), Practice.caller(a).channel());
  }

  /** The asker with their personal chat, where the champion's answer will reach them. */
  private Optional<Person> asker(TurnContext context) {
    Activity a = context.getActivity();
    String from = a.getFrom().getId();
    Optional<String> chat =
        Replies.shared(a.getConversation())
            ? references.personalChat(from).map(ConversationAddress::conversationId)
            : Optional.of(CoachBot.baseConversationId(a.getConversation().getId()));
    return chat.map(c -> new Person(Practice.caller(a), name(a), c));
  }

  private static String name(Activity a) {
    return a.getFrom().getName() == null || a.getFrom().getName().isBlank()
        ? Practice.caller(a).user()
        : a.getFrom().getName();
  }
}
