package org.dpcoach.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import java.util.Optional;
import org.dpcoach.support.SeenIds;

/**
 * The Events API listeners: DMs, mentions and the App Home tab. Each acknowledges at once and
 * leaves the work to {@link Coaching}; retries of an event already taken on are dropped.
 */
final class EventListeners {
  private final Coaching coaching;
  private final SeenIds seen;
  private final SlackPoster poster;
  private final HomeView home;
  private final Practice practice;

  EventListeners(
      Coaching coaching, SeenIds seen, SlackPoster poster, HomeView home, Practice practice) {
    this.coaching = coaching;
    this.seen = seen;
    this.poster = poster;
    this.home = home;
    this.practice = practice;
  }

  void register(App app) {
    app.event(MessageEvent.class, this::message);
    app.event(AppMentionEvent.class, this::mention);
    app.event(AppHomeOpenedEvent.class, this::homeOpened);
  }

  private Response message(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
    MessageEvent e = payload.getEvent();
    if (fromBot(e.getBotId(), e.getUser(), ctx) || e.getSubtype() != null) {
      return ctx.ack();
    }
    if (!"im".equals(e.getChannelType())) {
      if (e.getThreadTs() == null
          || !("channel".equals(e.getChannelType()) || "group".equals(e.getChannelType()))) {
        return ctx.ack();
      }
      String text = Mrkdwn.typed(e.getText(), ctx.getBotUserId());
      return take(
          payload.getEventId(),
          ctx,
          () ->
              coaching.later(
                  () -> practice.threadReply(e.getUser(), e.getChannel(), e.getThreadTs(), text)));
    }
    Asked asked =
        new Asked(
            e.getChannel(),
            e.getUser(),
            Optional.ofNullable(e.getThreadTs()),
            true,
            Optional.empty(),
            team(payload));
    return take(
        payload.getEventId(),
        ctx,
        () -> coaching.ask(asked, Mrkdwn.typed(e.getText(), ctx.getBotUserId())));
  }

  private Response mention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
    AppMentionEvent e = payload.getEvent();
    if (fromBot(e.getBotId(), e.getUser(), ctx) || "bot_message".equals(e.getSubtype())) {
      return ctx.ack();
    }
    String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
    Asked asked =
        new Asked(
            e.getChannel(),
            e.getUser(),
            Optional.ofNullable(thread),
            false,
            Optional.empty(),
            team(payload));
    return take(
        payload.getEventId(),
        ctx,
        () -> coaching.ask(asked, Mrkdwn.typed(e.getText(), ctx.getBotUserId())));
  }

  private Response homeOpened(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
    AppHomeOpenedEvent e = payload.getEvent();
    if (!"home".equals(e.getTab()) || e.getUser() == null) {
      return ctx.ack();
    }
    return take(
        payload.getEventId(),
        ctx,
        () -> coaching.later(() -> poster.publishHome(e.getUser(), home.view())));
  }

  /** Takes an event on once; when the queue is full, gives it back and leaves it unacknowledged. */
  private Response take(
      String eventId, EventContext ctx, java.util.function.BooleanSupplier queue) {
    if (!seen.claim(eventId)) {
      return ctx.ack();
    }
    if (!queue.getAsBoolean()) {
      seen.release(eventId);
      throw new QueueFull();
    }
    return ctx.ack();
  }

  private static String team(EventsApiPayload<?> payload) {
    return payload.getTeamId() == null ? "" : payload.getTeamId();
  }

  private static boolean fromBot(String botId, String user, EventContext ctx) {
    return botId != null || user == null || user.equals(ctx.getBotUserId());
  }
}
