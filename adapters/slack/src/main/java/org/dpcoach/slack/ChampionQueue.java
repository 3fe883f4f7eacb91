package org.dpcoach.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.Message;
import com.slack.api.model.view.View;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.practice.Caller;
import org.dpcoach.core.practice.ChampionDesk;
import org.dpcoach.core.practice.DeskReply;
import org.dpcoach.core.practice.Person;
import org.dpcoach.core.practice.PracticeCommand;
import org.dpcoach.core.practice.PracticeDesk;

/**
 * The Slack side of asking a digital champion: the offer after an answer that did not help, {@code
 * /dpcoach ask-champion <question>}, the preview's Send, Edit (a modal) and Withdraw, the
 * champions' buttons (Answer opens a modal), and a champion's reply in a question's thread. Only
 * translates: the {@link ChampionDesk} decides, and every reply goes only to the person who acted.
 * People are named as mentions ({@link Mentions}), so Slack shows their names.
 */
final class ChampionQueue {
  static final Pattern BUTTON =
      Pattern.compile(
          "^dpcoach\\.champion\\.(ask|send|edit|withdraw|take|answer|decline|knowledge)$");

  private final Optional<ChampionDesk> desk;
  private final PracticeDesk practice;
  private final BlockKitRenderer renderer;
  private final SlackPoster poster;
  private final ChampionModals modals;

  ChampionQueue(
      Optional<ChampionDesk> desk,
      PracticeDesk practice,
      BlockKitRenderer renderer,
      SlackPoster poster,
      ChampionModals modals) {
    this.desk = desk;
    this.practice = practice;
    this.renderer = renderer;
    this.poster = poster;
    this.modals = modals;
  }

  /** Listens for the champion buttons and modals; each is recorded and queued like any request. */
  void register(App app, PersonalDataGuard guard, BiFunction<Request<?>, Job, Boolean> take) {
    app.blockAction(BUTTON, (req, ctx) -> button(req, ctx, guard, take));
    app.viewSubmission(
        ChampionModals.VIEW, (req, ctx) -> ChampionModals.submitted(req, ctx, guard, take));
  }

  /** The "ask" button carries a question: only its redaction is recorded. */
  private Response button(
      BlockActionRequest req,
      ActionContext ctx,
      PersonalDataGuard guard,
      BiFunction<Request<?>, Job, Boolean> take) {
    BlockActionPayload p = req.getPayload();
    Matcher m =
        p.getActions() == null || p.getActions().isEmpty()
            ? null
            : BUTTON.matcher(p.getActions().get(0).getActionId());
    if (m != null && m.matches() && p.getUser() != null && p.getChannel() != null) {
      Message message = p.getMessage();
      boolean ask = m.group(1).equals("ask");
      String value = p.getActions().get(0).getValue();
      var fields =
          Job.fields(
              "action", m.group(1),
              "value", ask ? null : value,
              "user", p.getUser().getId(),
              "name", Optional.ofNullable(p.getUser().getUsername()).orElse(p.getUser().getName()),
              "trigger", p.getTriggerId(),
              "channel", p.getChannel().getId(),
              "responseUrl", p.getResponseUrl(),
              "thread", message == null ? null : message.getTs());
      take.apply(
          req,
          ask
              ? Job.withText(Job.Kind.CHAMPION_BUTTON, fields, value == null ? "" : value, guard)
              : Job.of(Job.Kind.CHAMPION_BUTTON, fields));
    }
    return ctx.ack();
  }

  /** After an answer: offers "Ask a digital champion" when the coach could not answer well. */
  void offerAfter(Asked asked, Optional<Route> route, String redacted) {
    if (route.isEmpty() || (route.get() != Route.FALLBACK && route.get() != Route.CLARIFY)) {
      return;
    }
    offer(asked, redacted);
  }

  /** Offers "Ask a digital champion" privately (after Not helpful, with what was missing). */
  void offer(Asked asked, String redacted) {
    desk.flatMap(d -> d.offer(SlackWork.PLATFORM, redacted))
        .ifPresent(message -> poster.send(privately(asked), render(message)));
  }

  /**
   * {@code /dpcoach ask-champion <question>}, {@code ask-champion withdraw <number>} or {@code
   * champions here}, decided by the practice in-port on the redacted text.
   */
  void command(Job job, Destination reply) {
    String text = job.optional(Job.TEXT).orElse("");
    int typed = Integer.parseInt(job.optional("chars").orElse(Integer.toString(text.length())));
    PracticeCommand command =
        new PracticeCommand(PracticeCommand.Desk.valueOf(job.kind().name()), text);
    boolean direct = job.optional("channel").orElse("").startsWith("D");
    answer(reply, Optional.of(practice.champion(person(job), command, direct, typed)));
  }

  /** A champion button or box: the preview's Send, Edit and Withdraw, or a champion's action. */
  void button(Job job) {
    Person person = person(job);
    String value = job.optional("value").orElse("");
    String action = job.get("action").toLowerCase(Locale.ROOT);
    Destination reply =
        action.equals("answered")
            ? new Destination.Ephemeral(job.get("channel"), person.user(), Optional.empty())
            : new Destination.ResponseUrl(job.get("responseUrl"));
    if (action.equals("ask")) {
      String text = job.optional(Job.TEXT).orElse("");
      answer(reply, desk.map(d -> d.preview(person, text, text.length())));
      return;
    }
    long id;
    try {
      id = Long.parseLong(value);
    } catch (NumberFormatException e) {
      return;
    }
    if (desk.isPresent() && opened(desk.get(), action, person, id, job)) {
      return;
    }
    int typed = Integer.parseInt(job.optional("chars").orElse("0"));
    answer(
        reply,
        desk.map(
            d ->
                switch (action) {
                  case "send" -> d.confirm(person, id);
                  case "edit" ->
                      d.edits().edit(person, id, d.edits().text(person, id).orElse(""), 0);
                  case "edited" -> d.edits().edit(person, id, job.text(), typed);
                  case "answered" -> d.answer(person, id, job.text());
                  case "withdraw" -> d.withdraw(person, id);
                  case "take" -> d.take(person, id);
                  case "decline" -> d.decline(person, id);
                  case "knowledge" -> d.markForKnowledge(person, id);
                  default -> d.answerHow(person);
                }));
  }

  /**
   * Opens the asker's Edit box on their draft, or a champion's Answer box; false when there is none
   * to open (someone else's draft, not a champion) or Slack would not open it.
   */
  private boolean opened(ChampionDesk d, String action, Person person, long id, Job job) {
    Optional<View> view =
        action.equals("edit")
            ? d.edits().text(person, id).map(t -> modals.edit(id, job.get("responseUrl"), t))
            : Optional.of(action)
                .filter(a -> a.equals("answer") && d.champion(person))
                .map(a -> modals.answer(id, job.get("channel")));
    Optional<String> trigger = job.optional("trigger");
    return view.isPresent() && trigger.isPresent() && poster.openView(trigger.get(), view.get());
  }

  /**
   * A reply in a channel thread: a champion's reply under a question's post answers it; the
   * champion alone hears that it went.
   */
  void threadReply(String user, String channel, String thread, String redacted) {
    Person champion =
        new Person(new Caller(SlackWork.PLATFORM, user, channel), Mentions.of(user), user);
    desk.flatMap(d -> d.threadReply(champion, thread, redacted))
        .ifPresent(
            r ->
                poster.send(
                    new Destination.Ephemeral(channel, user, Optional.of(thread)),
                    render(r.message())));
  }

  private void answer(Destination to, Optional<DeskReply> reply) {
    if (to == null) {
      return;
    }
    poster.send(to, render(reply.map(DeskReply::message).orElseGet(practice::notSwitchedOn)));
  }

  private SlackMessage render(org.dpcoach.core.model.Message message) {
    return Mentions.in(renderer.render(message, ""));
  }

  private static Destination privately(Asked asked) {
    if (asked.responseUrl().isPresent()) {
      return new Destination.ResponseUrl(asked.responseUrl().get());
    }
    return asked.direct()
        ? new Destination.Channel(asked.channel(), asked.threadTs())
        : new Destination.Ephemeral(asked.channel(), asked.user(), asked.threadTs());
  }

  /**
   * The person who acted, named by a mention: their DM with the app (their user id) is where an
   * answer reaches them.
   */
  private static Person person(Job job) {
    String user = job.get("user");
    return new Person(
        new Caller(SlackWork.PLATFORM, user, job.optional("channel").orElse(user)),
        Mentions.of(user, job.optional("name")),
        user);
  }
}
