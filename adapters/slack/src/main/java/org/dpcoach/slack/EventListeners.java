package org.dpcoach.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.support.RequestKeys;

/**
 * The Events API listeners: DMs, mentions, thread replies and the App Home tab. Each event is
 * recorded in the inbox under its {@code event_id} before it is acknowledged, so a redelivery (to
 * this instance or another, before or after a restart) is dropped.
 */
final class EventListeners {
  private final SlackWork work;
  private final PersonalDataGuard guard;

  EventListeners(SlackWork work, PersonalDataGuard guard) {
    this.work = work;
    this.guard = guard;
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
    String text = Mrkdwn.typed(e.getText(), ctx.getBotUserId());
    if (!"im".equals(e.getChannelType())) {
      if (e.getThreadTs() == null
          || !("channel".equals(e.getChannelType()) || "group".equals(e.getChannelType()))) {
        return ctx.ack();
      }
      Job reply =
          Job.withText(
              Job.Kind.THREAD_REPLY,
              Job.fields("user", e.getUser(), "channel", e.getChannel(), "thread", e.getThreadTs()),
              text,
              guard);
      return take(payload.getEventId(), e.getUser(), reply, ctx);
    }
    Job ask =
        Job.withText(
            Job.Kind.ASK,
            Job.fields(
                "channel", e.getChannel(),
                "user", e.getUser(),
                "thread", e.getThreadTs(),
                "direct", "true",
                "team", payload.getTeamId()),
            text,
            guard);
    return take(payload.getEventId(), e.getUser(), ask, ctx);
  }

  private Response mention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
    AppMentionEvent e = payload.getEvent();
    if (fromBot(e.getBotId(), e.getUser(), ctx) || "bot_message".equals(e.getSubtype())) {
      return ctx.ack();
    }
    String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
    Job ask =
        Job.withText(
            Job.Kind.ASK,
            Job.fields(
                "channel",
                e.getChannel(),
                "user",
                e.getUser(),
                "thread",
                thread,
                "direct",
                "false",
                "team",
                payload.getTeamId()),
            Mrkdwn.typed(e.getText(), ctx.getBotUserId()),
            guard);
    return take(payload.getEventId(), e.getUser(), ask, ctx);
  }

  private Response homeOpened(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
    AppHomeOpenedEvent e = payload.getEvent();
    if (!"home".equals(e.getTab()) || e.getUser() == null) {
      return ctx.ack();
    }
    Job home = Job.of(Job.Kind.HOME, Job.fields("user", e.getUser()));
    return take(payload.getEventId(), e.getUser(), home, ctx);
  }

  /** Records and queues an event once; when the queue is full, leaves it unacknowledged. */
  private Response take(String eventId, String user, Job job, EventContext ctx) {
    String id =
        eventId == null || eventId.isBlank() ? java.util.UUID.randomUUID().toString() : eventId;
    if (work.take(RequestKeys.of("slack:event", id), user, job) == SlackWork.Taken.FULL) {
      throw new QueueFull();
    }
    return ctx.ack();
  }

  private static boolean fromBot(String botId, String user, EventContext ctx) {
    return botId != null || user == null || user.equals(ctx.getBotUserId());
  }
}
