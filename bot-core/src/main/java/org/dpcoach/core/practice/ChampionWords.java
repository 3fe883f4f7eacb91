package org.dpcoach.core.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dpcoach.core.model.Action;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.port.ChampionQuestion;
import org.dpcoach.knowledge.Dialogue;

/** The champions' messages, in the knowledge's dialogue words. */
final class ChampionWords {
  /** The most of a redacted question a button carries. */
  static final int BUTTON_CHARS = 1_900;

  private final Texts texts;

  ChampionWords(Dialogue dialogue) {
    this.texts = new Texts(dialogue);
  }

  /** The dialogue text with its {@code {placeholders}} filled in, in pairs. */
  String text(String key, Object... pairs) {
    return texts.get(key, pairs);
  }

  DeskReply done(String title, String key, Object... pairs) {
    return new DeskReply(Message.note(text(title), text(key, pairs)), true);
  }

  DeskReply unchanged(String key, Object... pairs) {
    return texts.unchanged("champion_note_title", text(key, pairs));
  }

  /** The question has moved on already: nothing changed. */
  DeskReply already(ChampionQuestion q) {
    return unchanged("champion_already", "id", q.id(), "state", state(q.state()));
  }

  /** The offer after an answer that did not help: one button that shows the preview. */
  Message offer(String redacted) {
    String value =
        redacted.length() > BUTTON_CHARS ? redacted.substring(0, BUTTON_CHARS) : redacted;
    return Message.of(
        text("champion_offer_title"),
        List.of(text("champion_offer")),
        List.of(),
        List.of(action(Action.CHAMPION_ASK, "champion_offer_button", value)));
  }

  /** Exactly what would be sent, with Send and Withdraw. */
  DeskReply preview(ChampionQuestion q) {
    return new DeskReply(
        Message.of(
            text("champion_preview_title"),
            List.of(
                text("champion_preview", "topic", q.topic(), "name", q.askerName()),
                quote(q.text()),
                text("champion_preview_edit")),
            List.of(),
            List.of(
                action(Action.CHAMPION_SEND, "champion_send_button", q.id()),
                action(Action.CHAMPION_EDIT, "champion_edit_button", q.id()),
                action(Action.CHAMPION_WITHDRAW, "champion_withdraw_button", q.id()))),
        true);
  }

  /**
   * The message of one of a question's posts (the champions' post says how it ended, if it did).
   */
  Message post(ChampionQuestion q, ChampionPosts.Kind kind) {
    String answerer = q.answererName().orElse("");
    if ((kind == ChampionPosts.Kind.POST || kind == ChampionPosts.Kind.REMIND)
        && q.state().ended()) {
      return closed(q, answerer);
    }
    return switch (kind) {
      case POST -> champions(q, text("champion_post_title", "id", q.id()), List.of());
      case REMIND ->
          champions(
              q, text("champion_reminder_title", "id", q.id()), List.of(text("champion_reminder")));
      case TAKEN -> note(text("champion_taken_note", "champion", q.takenName().orElse("")));
      case ANSWER ->
          Message.of(
              text("champion_answer_title"),
              List.of(
                  text("champion_answer_intro", "champion", answerer, "id", q.id()),
                  q.answer().orElse(""),
                  text("champion_your_question", "text", q.text())),
              List.of(),
              List.of());
      case ANSWERED ->
          Message.of(
              text("champion_post_title", "id", q.id()),
              List.of(text("champion_answered_note", "champion", answerer)),
              List.of(),
              List.of(action(Action.CHAMPION_KNOWLEDGE, "champion_knowledge_button", q.id())));
      case DECLINED ->
          Message.note(
              text("champion_declined_title"),
              text("champion_not_for_us", "id", q.id(), "pointer", text("champion_pointer")));
      case DECLINED_NOTE -> note(text("champion_declined_note", "champion", answerer));
      case WITHDRAWN -> note(text("champion_withdrawn_note"));
    };
  }

  private Message champions(ChampionQuestion q, String title, List<String> before) {
    List<String> paragraphs = new ArrayList<>(before);
    paragraphs.add(quote(q.text()));
    paragraphs.add(text("champion_post_meta", "topic", q.topic(), "name", q.askerName()));
    paragraphs.add(text("champion_post_how"));
    return Message.of(
        title,
        paragraphs,
        List.of(),
        List.of(
            action(Action.CHAMPION_TAKE, "champion_take_button", q.id()),
            action(Action.CHAMPION_ANSWER, "champion_answer_button", q.id()),
            action(Action.CHAMPION_DECLINE, "champion_decline_button", q.id())));
  }

  /** The champions' post once the question is answered, declined or withdrawn: no buttons. */
  private Message closed(ChampionQuestion q, String answerer) {
    String ended =
        switch (q.state()) {
          case ANSWERED -> text("champion_post_answered", "champion", answerer);
          case DECLINED -> text("champion_post_declined", "champion", answerer);
          default -> text("champion_withdrawn_note");
        };
    return Message.of(
        text("champion_post_title", "id", q.id()),
        List.of(
            ended,
            quote(q.text()),
            text("champion_post_meta", "topic", q.topic(), "name", q.askerName())),
        List.of(),
        List.of());
  }

  private Message note(String text) {
    return Message.note(text("champion_note_title"), text);
  }

  private static String quote(String text) {
    return "> " + text.strip().replace("\n", "\n> ");
  }

  /** A state as people say it. */
  static String state(ChampionQuestion.State state) {
    return state.name().toLowerCase(Locale.ROOT);
  }

  private Action action(String id, String label, Object value) {
    return new Action(id, text(label), String.valueOf(value));
  }
}
