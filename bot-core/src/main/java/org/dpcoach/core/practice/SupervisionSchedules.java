package org.dpcoach.core.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.model.WeeklySlot;
import org.dpcoach.core.port.SessionSchedule;
import org.dpcoach.core.port.SessionStore;
import org.dpcoach.core.port.SessionTimer;
import org.dpcoach.knowledge.Scenario;

/**
 * A channel's weekly supervision: {@code supervision schedule}, {@code pause} and {@code resume},
 * and the line {@code supervision list} shows about it.
 */
record SupervisionSchedules(
    PracticeSettings settings,
    SessionStore sessions,
    SessionTimer timer,
    Texts texts,
    ScenarioChoice scenarios) {

  /**
   * {@code supervision schedule #channel <day hh:mm> [scenario] [timed]}: a session in the channel
   * every week, facilitated by the champion who scheduled it.
   */
  DeskReply schedule(Caller caller, String rest, ChannelResolver channels) {
    Where where = Where.of(caller, rest, channels);
    String[] words = where.rest().split("\\s+");
    if (where.channel().isEmpty() || words.length < 2) {
      return texts.unchanged("supervision.schedule_title", texts.get("supervision.schedule_how"));
    }
    WeeklySlot slot;
    try {
      slot = WeeklySlot.parse(words[0] + " " + words[1]);
    } catch (WeeklySlot.Unreadable e) {
      return texts.unchanged("supervision.schedule_title", texts.unreadable(e));
    }
    List<String> extra =
        new ArrayList<>(
            List.of(words).subList(2, words.length).stream()
                .map(w -> w.toLowerCase(Locale.ROOT))
                .toList());
    boolean timed = extra.remove("timed");
    Optional<Scenario> scenario = extra.isEmpty() ? Optional.empty() : scenarios.pick(extra.get(0));
    if (!extra.isEmpty() && scenario.isEmpty()) {
      return scenarios.noSuch(true);
    }
    Optional<String> scenarioId = scenario.map(Scenario::id);
    return save(caller, where.channel().get(), slot, scenarioId, timed);
  }

  private DeskReply save(
      Caller caller, String channel, WeeklySlot slot, Optional<String> scenarioId, boolean timed) {
    Instant now = settings.clock().instant();
    sessions.saveSchedule(
        new SessionSchedule(
            caller.platform(), channel, slot, scenarioId, timed, false, caller.user(), now));
    Instant next = slot.next(now, settings.zone());
    timer.scheduleSession(caller.platform(), channel, next);
    String text =
        texts.get(
            "supervision.scheduled",
            "slot",
            slot.format(),
            "zone",
            settings.zone().getId(),
            "scenario",
            scenarioId
                .map(id -> texts.get("supervision.scheduled_on", "id", id))
                .orElseGet(() -> texts.get("supervision.scheduled_in_turn")),
            "timed",
            texts.get(timed ? "supervision.scheduled_timed" : "supervision.scheduled_next"),
            "next",
            TipDesk.WHEN.format(next.atZone(settings.zone())));
    return new DeskReply(Message.note(texts.get("supervision.scheduled_title"), text), true);
  }

  DeskReply pause(Caller caller, String rest, ChannelResolver channels, boolean pause) {
    String channel = Where.of(caller, rest, channels).channel().orElse(caller.channel());
    if (!sessions.pauseSchedule(caller.platform(), channel, pause)) {
      return texts.unchanged("supervision.no_schedule");
    }
    return texts.done(pause ? "supervision.paused" : "supervision.resumed");
  }

  /** The caller's channel's recurring session, as a line of {@code supervision list}. */
  String describe(Caller caller) {
    return sessions
        .findSchedule(caller.platform(), caller.channel())
        .map(
            s ->
                texts.get(
                    "supervision.channel_schedule",
                    "slot",
                    s.slot().format(),
                    "scenario",
                    s.scenarioId().orElseGet(() -> texts.get("supervision.in_turn")),
                    "timed",
                    s.timed() ? texts.get("supervision.timed_mark") : "",
                    "paused",
                    s.paused() ? texts.get("supervision.paused_mark") : "."))
        .orElseGet(() -> texts.get("supervision.channel_none"));
  }
}
