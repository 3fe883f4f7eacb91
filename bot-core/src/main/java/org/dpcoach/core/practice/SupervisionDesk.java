package org.dpcoach.core.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.port.ChannelPoster;
import org.dpcoach.core.port.SessionStore;
import org.dpcoach.core.port.SessionTimer;
import org.dpcoach.knowledge.Jurisdiction;
import org.dpcoach.knowledge.KnowledgeBase;

/**
 * Group supervision in a channel: the scenario, then each decision step in its thread when the
 * facilitator presses Next (or on a timer), the debrief with sources, and a private draft CPD
 * record for each member. Members' thread replies are stored redacted and deleted when the session
 * ends. The commands are decided here; the sessions' life is {@link SupervisionSessions}'s, the
 * weekly schedule {@link SupervisionSchedules}'.
 */
public final class SupervisionDesk {
  private static final Set<String> CHAMPIONS_ONLY = Set.of("schedule", "pause", "resume");

  private final PracticeSettings settings;
  private final KnowledgeBase kb;
  private final Texts texts;
  private final SupervisionSessions running;
  private final SupervisionSchedules schedules;

  /**
   * A desk over the scenarios, the session store and each platform's poster, with no timer:
   * recurring sessions are saved but never start (tests).
   */
  public SupervisionDesk(
      PracticeSettings settings,
      KnowledgeBase kb,
      SessionStore sessions,
      Map<String, ChannelPoster> posters,
      PersonalDataGuard guard) {
    this(settings, kb, sessions, posters, guard, (platform, channel, next) -> {});
  }

  /** A desk whose recurring sessions start when the timer fires {@link #fire}. */
  public SupervisionDesk(
      PracticeSettings settings,
      KnowledgeBase kb,
      SessionStore sessions,
      Map<String, ChannelPoster> posters,
      PersonalDataGuard guard,
      SessionTimer timer) {
    this(settings, kb, sessions, posters, guard, timer, NationSetting.fixed(Jurisdiction.ENGLAND));
  }

  /**
   * A desk whose recurring sessions start when the timer fires {@link #fire}, and whose debriefs
   * and CPD records cite the sources of each channel's nation.
   */
  public SupervisionDesk(
      PracticeSettings settings,
      KnowledgeBase kb,
      SessionStore sessions,
      Map<String, ChannelPoster> posters,
      PersonalDataGuard guard,
      SessionTimer timer,
      NationSetting nations) {
    this.settings = settings;
    this.kb = kb;
    this.texts = new Texts(kb.dialogue());
    this.running = new SupervisionSessions(settings, kb, sessions, posters, guard, nations);
    this.schedules =
        new SupervisionSchedules(
            settings, sessions, timer, texts, new ScenarioChoice(kb, settings, texts));
  }

  /**
   * Runs one command (the text after {@code supervision}): {@code start}, {@code schedule}, {@code
   * pause}, {@code resume} or {@code list}; anything else gets the list of commands.
   */
  public DeskReply handle(Caller caller, String args, ChannelResolver channels) {
    String[] words = (args == null ? "" : args.strip()).split("\\s+", 2);
    String verb = words[0].toLowerCase(Locale.ROOT);
    String rest = words.length > 1 ? words[1].strip() : "";
    if (CHAMPIONS_ONLY.contains(verb) && !settings.champions().includes(caller.user())) {
      return texts.refused();
    }
    return switch (verb) {
      case "start" -> start(caller, rest);
      case "list", "scenarios" -> list(caller);
      case "schedule" -> schedules.schedule(caller, rest, channels);
      case "pause", "resume" -> schedules.pause(caller, rest, channels, verb.equals("pause"));
      default ->
          texts.unchanged(
              "supervision.title",
              texts.get("supervision.help", "usage", texts.get("supervision.usage")));
    };
  }

  /** {@code supervision list}: the scenarios, and this channel's recurring session if any. */
  DeskReply list(Caller caller) {
    StringBuilder scenarios =
        new StringBuilder(texts.get("supervision.scenarios", "count", kb.scenarios().size()));
    kb.scenarios()
        .forEach(
            s ->
                scenarios
                    .append("\n- ")
                    .append(
                        texts.get(
                            "supervision.scenario_line",
                            "id",
                            s.id(),
                            "title",
                            s.title(),
                            "minutes",
                            s.minutes())));
    List<String> lines = new ArrayList<>();
    lines.add(scenarios.toString());
    lines.add(schedules.describe(caller));
    return new DeskReply(
        Message.of(texts.get("supervision.title"), lines, List.of(), List.of()), false);
  }

  /**
   * The timer fired the channel's supervision slot: starts the session unless the schedule is
   * paused, gone or the slot is long past, and says when the next slot is (empty when the schedule
   * is gone). A slot starts at most one session, however often it fires.
   */
  public Optional<Instant> fire(String platform, String channel, Instant slot) {
    return running.fire(platform, channel, slot);
  }

  /** {@code supervision start [scenario] [timed]}: posts the scenario to the caller's channel. */
  public DeskReply start(Caller caller, String args) {
    return running.start(caller, args);
  }

  /** The Next button: posts the next step in the thread, or the debrief after the last. */
  public DeskReply next(Caller caller, long sessionId) {
    return running.next(caller, sessionId);
  }

  /** The Skip button: ends the session now and deletes its replies. */
  public DeskReply skip(Caller caller, long sessionId) {
    return running.skip(caller, sessionId);
  }

  /**
   * A member's reply in a session's thread: stored redacted while the session runs; false when no
   * session runs there.
   */
  public boolean reply(Caller caller, String thread, String text) {
    return running.reply(caller, thread, text);
  }

  /** The "Save CPD reflection" button: the member's draft CPD record, for them only. */
  public DeskReply cpd(Caller caller, long sessionId) {
    return running.cpd(caller, sessionId);
  }

  /** Moves on every timed session whose step is due; how many moved. */
  public int advanceDue() {
    return running.advanceDue();
  }
}
