package org.dpcoach.core.practice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.port.ChannelPoster;
import org.dpcoach.core.port.Session;
import org.dpcoach.core.port.SessionStore;
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
  static final String NOT_FACILITATOR =
      "Only the person who started this session (or a digital champion) can move it on.";

  private final PracticeSettings settings;
  private final KnowledgeBase kb;
  private final SessionStore sessions;
  private final Map<String, ChannelPoster> posters;
  private final PersonalDataGuard guard;

  /** A desk over the scenarios, the session store and each platform's poster. */
  public SupervisionDesk(
      PracticeSettings settings,
      KnowledgeBase kb,
      SessionStore sessions,
      Map<String, ChannelPoster> posters,
      PersonalDataGuard guard) {
    this.settings = settings;
    this.kb = kb;
    this.sessions = sessions;
    this.posters = Map.copyOf(posters);
    this.guard = guard;
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
    return switch (verb) {
      case "start" -> start(caller, rest);
      case "list", "scenarios" -> list(caller);
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
    lines.add(
        kb.scenarios().size()
            + " scenarios: "
            + String.join(", ", kb.scenarios().stream().map(Scenario::id).toList())
            + ".");
    return new DeskReply(
        new PracticeMessage("Group supervision", lines, List.of(), List.of()), false);
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
        poster(caller.platform()).post(caller.channel(), Optional.empty(), "", message);
    if (thread.isEmpty()) {
      sessions.end(session.id(), Session.State.EXPIRED, now);
      return DeskReply.unchanged(
          "Session not started", "I couldn't post to this channel. Is the coach a member of it?");
    }
    sessions.thread(session.id(), thread.get());
    return DeskReply.done(
        "Session started",
        "\""
            + s.title()
            + "\" is in the channel. Press Next when the group is ready for the first step.");
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
    CpdRecord record =
        CpdRecord.groupSupervision(
            scenario.get(), day, sessions.contributions(sessionId, caller.user()));
    return new DeskReply(
        new PracticeMessage(
            "Your draft CPD record",
            List.of(
                "Only you can see this. Copy the Markdown below into your CPD record with Social Work England and edit it in your own words.",
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
    List<String> sources = scenario.sources().stream().map(SupervisionDesk::cite).toList();
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
