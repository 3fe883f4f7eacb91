package org.dpcoach.core.practice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.model.WeeklySlot;
import org.dpcoach.core.port.ChannelPoster;
import org.dpcoach.core.port.Session;
import org.dpcoach.core.port.SessionSchedule;
import org.dpcoach.core.port.SessionStore;
import org.dpcoach.core.port.SessionTimer;
import org.dpcoach.knowledge.Jurisdiction;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.Scenario;
import org.dpcoach.knowledge.SourceRef;

/**
 * Group supervision in a channel: the scenario, then each decision step in its thread when the
 * facilitator presses Next (or on a timer), the debrief with sources, and a private draft CPD
 * record for each member. Members' thread replies are stored redacted and deleted when the session
 * ends.
 */
public final class SupervisionDesk {
  /** A slot fired later than this after its time starts no session. */
  static final Duration LATEST = Duration.ofHours(2);

  private static final Set<String> CHAMPIONS_ONLY = Set.of("schedule", "pause", "resume");

  static final String NOT_FACILITATOR =
      "Only the person who started this session (or a digital champion) can move it on.";

  private final PracticeSettings settings;
  private final KnowledgeBase kb;
  private final SessionStore sessions;
  private final Map<String, ChannelPoster> posters;
  private final PersonalDataGuard guard;
  private final SessionTimer timer;
  private final NationSetting nations;

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
    this.sessions = sessions;
    this.posters = Map.copyOf(posters);
    this.guard = guard;
    this.timer = timer;
    this.nations = nations;
  }

  static final String USAGE =
      "`supervision start [scenario] [timed]`, `supervision schedule #channel <day hh:mm> [scenario] [timed]`,"
          + " `supervision pause`, `supervision resume`, `supervision list`";

  /**
   * Runs one command (the text after {@code supervision}): {@code start}, {@code schedule}, {@code
   * pause}, {@code resume} or {@code list}; anything else gets the list of commands.
   */
  public DeskReply handle(Caller caller, String args, ChannelResolver channels) {
    String[] words = (args == null ? "" : args.strip()).split("\\s+", 2);
    String verb = words[0].toLowerCase(Locale.ROOT);
    String rest = words.length > 1 ? words[1].strip() : "";
    if (CHAMPIONS_ONLY.contains(verb) && !settings.champions().includes(caller.user())) {
      return DeskReply.unchanged("Only champions can do that", TipDesk.REFUSAL);
    }
    return switch (verb) {
      case "start" -> start(caller, rest);
      case "list", "scenarios" -> list(caller);
      case "schedule" -> schedule(caller, rest, channels);
      case "pause", "resume" -> pause(caller, rest, channels, verb.equals("pause"));
      default ->
          DeskReply.unchanged(
              "Group supervision",
              "Start a session in a channel with `supervision start [scenario]`; add `timed` for"
                  + " steps on a timer. The commands are "
                  + USAGE
                  + ".");
    };
  }

  /** {@code supervision list}: the scenarios, and this channel's recurring session if any. */
  DeskReply list(Caller caller) {
    List<String> lines = new ArrayList<>();
    StringBuilder scenarios =
        new StringBuilder(kb.scenarios().size() + " scenarios (start one by its name):");
    kb.scenarios()
        .forEach(
            s ->
                scenarios
                    .append("\n- ")
                    .append(s.id())
                    .append(": ")
                    .append(s.title())
                    .append(" (")
                    .append(s.minutes())
                    .append(" min)"));
    lines.add(scenarios.toString());
    sessions
        .findSchedule(caller.platform(), caller.channel())
        .ifPresentOrElse(
            s ->
                lines.add(
                    "This channel: a session every "
                        + s.slot().format()
                        + " ("
                        + s.scenarioId().orElse("the next scenario in turn")
                        + (s.timed() ? ", timed" : "")
                        + ")"
                        + (s.paused() ? ", paused." : ".")),
            () -> lines.add("This channel has no recurring session."));
    return new DeskReply(
        new PracticeMessage("Group supervision", lines, List.of(), List.of()), false);
  }

  /**
   * {@code supervision schedule #channel <day hh:mm> [scenario] [timed]}: a session in the channel
   * every week, facilitated by the champion who scheduled it.
   */
  private DeskReply schedule(Caller caller, String rest, ChannelResolver channels) {
    Where where = Where.of(caller, rest, channels);
    String[] words = where.rest().split("\\s+");
    if (where.channel().isEmpty() || words.length < 2) {
      return DeskReply.unchanged(
          "Schedule supervision",
          "Say where and when, for example `supervision schedule #team-north thu 14:00`;"
              + " add a scenario to use the same one each week and `timed` for steps on a timer.");
    }
    WeeklySlot slot;
    try {
      slot = WeeklySlot.parse(words[0] + " " + words[1]);
    } catch (IllegalArgumentException e) {
      return DeskReply.unchanged("Schedule supervision", e.getMessage() + ".");
    }
    List<String> extra =
        new ArrayList<>(
            List.of(words).subList(2, words.length).stream()
                .map(w -> w.toLowerCase(Locale.ROOT))
                .toList());
    boolean timed = extra.remove("timed");
    Optional<String> scenarioId = Optional.empty();
    if (!extra.isEmpty()) {
      Optional<Scenario> scenario = pick(extra.get(0));
      if (scenario.isEmpty()) {
        return DeskReply.unchanged(
            "No such scenario",
            "Choose one of: "
                + String.join(", ", kb.scenarios().stream().map(Scenario::id).toList())
                + ", or leave it out to go through them all in turn.");
      }
      scenarioId = Optional.of(scenario.get().id());
    }
    Instant now = settings.clock().instant();
    sessions.saveSchedule(
        new SessionSchedule(
            caller.platform(),
            where.channel().get(),
            slot,
            scenarioId,
            timed,
            false,
            caller.user(),
            now));
    Instant next = slot.next(now, settings.zone());
    timer.scheduleSession(caller.platform(), where.channel().get(), next);
    return DeskReply.done(
        "Supervision scheduled",
        "A group-supervision session every "
            + slot.format()
            + " ("
            + settings.zone().getId()
            + "), "
            + scenarioId
                .map(id -> "on \"" + id + "\"")
                .orElse("going through the scenarios in turn")
            + (timed ? ", with steps on a timer" : ", with you pressing Next for each step")
            + ". The first one: "
            + TipDesk.WHEN.format(next.atZone(settings.zone()))
            + ".");
  }

  private DeskReply pause(Caller caller, String rest, ChannelResolver channels, boolean pause) {
    String channel = Where.of(caller, rest, channels).channel().orElse(caller.channel());
    if (!sessions.pauseSchedule(caller.platform(), channel, pause)) {
      return DeskReply.unchanged(
          "No recurring session",
          "That channel has no recurring session. Set one with `supervision schedule #channel thu 14:00`.");
    }
    return DeskReply.done(
        pause ? "Supervision paused" : "Supervision resumed",
        pause
            ? "No sessions start in that channel until `supervision resume`."
            : "Sessions start in that channel again at the scheduled time.");
  }

  /**
   * The timer fired the channel's supervision slot: starts the session unless the schedule is
   * paused, gone or the slot is long past, and says when the next slot is (empty when the schedule
   * is gone). A slot starts at most one session, however often it fires.
   */
  public Optional<Instant> fire(String platform, String channel, Instant slot) {
    Optional<SessionSchedule> schedule = sessions.findSchedule(platform, channel);
    if (schedule.isEmpty()) {
      return Optional.empty();
    }
    Instant now = settings.clock().instant();
    SessionSchedule s = schedule.get();
    if (!s.paused() && now.isBefore(slot.plus(LATEST))) {
      Optional<Scenario> scenario =
          s.scenarioId().flatMap(kb::scenario).or(() -> leastUsed(platform, channel));
      scenario.ifPresent(
          sc ->
              sessions
                  .createForSlot(
                      "supervision|" + platform + "|" + channel + "|" + slot.getEpochSecond(),
                      platform,
                      channel,
                      sc.id(),
                      s.createdBy(),
                      now,
                      s.timed() ? Optional.of(now.plus(stepTime(sc))) : Optional.empty())
                  .ifPresent(session -> open(session, sc, s.timed())));
    }
    return Optional.of(s.slot().nextAfterFiring(slot, now, settings.zone()));
  }

  private Optional<Scenario> leastUsed(String platform, String channel) {
    Map<String, Integer> counts = sessions.scenarioCounts(platform, channel);
    return kb.scenarios().stream()
        .min(java.util.Comparator.comparingInt(sc -> counts.getOrDefault(sc.id(), 0)));
  }

  /** {@code supervision start [scenario] [timed]}: posts the scenario to the caller's channel. */
  public DeskReply start(Caller caller, String args) {
    List<String> words =
        new ArrayList<>(
            List.of((args == null ? "" : args.strip().toLowerCase(Locale.ROOT)).split("\\s+")));
    boolean timed = words.remove("timed");
    String wanted = words.isEmpty() ? "" : words.get(0);
    Optional<Scenario> scenario = pick(wanted);
    if (scenario.isEmpty()) {
      String ids = String.join(", ", kb.scenarios().stream().map(Scenario::id).toList());
      return DeskReply.unchanged(
          "No such scenario",
          ids.isEmpty() ? "There are no scenarios yet." : "Choose one of: " + ids + ".");
    }
    Scenario s = scenario.get();
    Instant now = settings.clock().instant();
    Optional<Instant> nextAt = timed ? Optional.of(now.plus(stepTime(s))) : Optional.empty();
    Session session =
        sessions.create(caller.platform(), caller.channel(), s.id(), caller.user(), now, nextAt);
    if (!open(session, s, timed)) {
      return DeskReply.unchanged(
          "Session not started", "I couldn't post to this channel. Is the coach a member of it?");
    }
    return DeskReply.done(
        "Session started",
        "\""
            + s.title()
            + "\" is in the channel. "
            + (timed
                ? "The first step follows on the timer."
                : "Press Next when the group is ready for the first step."));
  }

  /** Posts a new session's scenario; false (and the session expired) when the post failed. */
  private boolean open(Session session, Scenario s, boolean timed) {
    List<String> paragraphs =
        List.of(
            s.scenario(),
            "Reply in this thread. "
                + (timed
                    ? "Each step follows on a timer;"
                    : "The facilitator presses Next for each step;")
                + " Skip ends the session at any point. Replies are kept only until the session ends.");
    PracticeMessage message =
        new PracticeMessage(
            "Group supervision: " + s.title(), paragraphs, List.of(), controls(session.id()));
    Optional<String> thread =
        poster(session.platform()).post(session.channel(), Optional.empty(), "", message);
    if (thread.isEmpty()) {
      sessions.end(session.id(), Session.State.EXPIRED, settings.clock().instant());
      return false;
    }
    sessions.thread(session.id(), thread.get());
    return true;
  }

  /** The Next button: posts the next step in the thread, or the debrief after the last. */
  public DeskReply next(Caller caller, long sessionId) {
    Optional<Session> found =
        sessions.find(sessionId).filter(s -> s.state() == Session.State.ACTIVE);
    if (found.isEmpty()) {
      return DeskReply.unchanged("Session over", "That session has ended.");
    }
    if (!mayRun(caller, found.get())) {
      return DeskReply.unchanged("Not yet", NOT_FACILITATOR);
    }
    return advance(found.get())
        ? DeskReply.done("Next step posted", "The next step is in the thread.")
        : DeskReply.unchanged("Already moved on", "Someone else moved the session on.");
  }

  /** The Skip button: ends the session now and deletes its replies. */
  public DeskReply skip(Caller caller, long sessionId) {
    Optional<Session> found =
        sessions.find(sessionId).filter(s -> s.state() == Session.State.ACTIVE);
    if (found.isEmpty()) {
      return DeskReply.unchanged("Session over", "That session has ended.");
    }
    if (!mayRun(caller, found.get())) {
      return DeskReply.unchanged("Not yet", NOT_FACILITATOR);
    }
    Session s = found.get();
    if (sessions.end(s.id(), Session.State.SKIPPED, settings.clock().instant())) {
      poster(s.platform())
          .post(
              s.channel(),
              s.thread(),
              "",
              PracticeMessage.note(
                  "Scenario skipped",
                  "This session has ended. The coach has deleted the replies it kept for it."));
    }
    return DeskReply.done("Skipped", "The session has ended.");
  }

  /**
   * A member's reply in a session's thread: stored redacted while the session runs; false when no
   * session runs there.
   */
  public boolean reply(Caller caller, String thread, String text) {
    Optional<Session> session =
        sessions.activeInThread(caller.platform(), caller.channel(), thread);
    if (session.isEmpty() || text == null || text.isBlank()) {
      return false;
    }
    sessions.reply(
        session.get().id(),
        caller.user(),
        session.get().step(),
        guard.redact(text).redacted(),
        settings.clock().instant());
    return true;
  }

  /** The "Save CPD reflection" button: the member's draft CPD record, for them only. */
  public DeskReply cpd(Caller caller, long sessionId) {
    Optional<Session> session = sessions.find(sessionId);
    Optional<Scenario> scenario = session.flatMap(s -> kb.scenario(s.scenarioId()));
    if (scenario.isEmpty()) {
      return DeskReply.unchanged("No record", "That session is no longer kept.");
    }
    LocalDate day = LocalDate.ofInstant(session.get().startedAt(), settings.zone());
    Jurisdiction nation = nations.of(session.get().platform(), session.get().channel());
    CpdRecord record =
        CpdRecord.groupSupervision(
            scenario.get(), day, sessions.contributions(sessionId, caller.user()), nation);
    String regulator = kb.nationTerms().regulator(nation).orElse("your regulator");
    return new DeskReply(
        new PracticeMessage(
            "Your draft CPD record",
            List.of(
                "Only you can see this, and the coach keeps no copy. Copy the Markdown below into"
                    + " your CPD record with "
                    + regulator
                    + " (or your own notes) and edit it in your own words.",
                "```\n" + record.markdown() + "```"),
            List.of(),
            List.of()),
        false);
  }

  /** Moves on every timed session whose step is due; how many moved. */
  public int advanceDue() {
    int moved = 0;
    for (Session s : sessions.due(settings.clock().instant())) {
      if (advance(s)) {
        moved++;
      }
    }
    return moved;
  }

  private boolean advance(Session s) {
    Scenario scenario = kb.scenario(s.scenarioId()).orElseThrow();
    int to = s.step() + 1;
    Instant now = settings.clock().instant();
    Optional<Instant> nextAt = s.nextAt().map(at -> now.plus(stepTime(scenario)));
    if (!sessions.advance(
        s.id(), s.step(), to, to > scenario.steps().size() ? Optional.empty() : nextAt)) {
      return false;
    }
    ChannelPoster poster = poster(s.platform());
    if (to <= scenario.steps().size()) {
      Scenario.Step step = scenario.steps().get(to - 1);
      poster.post(
          s.channel(),
          s.thread(),
          "",
          new PracticeMessage(
              "Step " + to + " of " + scenario.steps().size() + ": " + step.stage().title(),
              List.of(step.prompt()),
              List.of(),
              controls(s.id())));
      return true;
    }
    sessions.end(s.id(), Session.State.DEBRIEFED, now);
    List<String> sources =
        scenario.sourcesFor(nations.of(s.platform(), s.channel())).stream()
            .map(SupervisionDesk::cite)
            .toList();
    poster.post(
        s.channel(),
        s.thread(),
        "",
        new PracticeMessage(
            "Debrief: what the standards say",
            List.of(
                scenario.debrief(),
                "The session has ended and the coach has deleted the replies it kept for it."),
            sources,
            List.of(
                new PracticeMessage.Action(
                    PracticeMessage.Action.CPD, "Save CPD reflection", Long.toString(s.id())))));
    return true;
  }

  private Optional<Scenario> pick(String wanted) {
    List<Scenario> all = kb.scenarios();
    if (all.isEmpty()) {
      return Optional.empty();
    }
    if (wanted.isEmpty()) {
      return Optional.of(
          all.get((int) (LocalDate.now(settings.clock()).toEpochDay() % all.size())));
    }
    return all.stream()
        .filter(s -> s.id().equals(wanted))
        .findFirst()
        .or(() -> all.stream().filter(s -> s.id().startsWith(wanted)).findFirst());
  }

  private boolean mayRun(Caller caller, Session s) {
    return caller.user().equals(s.facilitator()) || settings.champions().includes(caller.user());
  }

  private ChannelPoster poster(String platform) {
    ChannelPoster poster = posters.get(platform);
    if (poster == null) {
      throw new IllegalStateException("no poster for platform '" + platform + "'");
    }
    return poster;
  }

  private static List<PracticeMessage.Action> controls(long id) {
    return List.of(
        new PracticeMessage.Action(PracticeMessage.Action.NEXT, "Next", Long.toString(id)),
        new PracticeMessage.Action(PracticeMessage.Action.SKIP, "Skip", Long.toString(id)));
  }

  private static Duration stepTime(Scenario s) {
    return Duration.ofSeconds(Math.max(60, s.minutes() * 60L / (s.steps().size() + 1)));
  }

  private static String cite(SourceRef s) {
    return s.point().isEmpty() ? s.citation() : s.citation() + ": " + s.point();
  }
}
