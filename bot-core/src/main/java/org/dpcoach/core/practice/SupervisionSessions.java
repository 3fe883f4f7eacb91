package org.dpcoach.core.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.port.ChannelPoster;
import org.dpcoach.core.port.Session;
import org.dpcoach.core.port.SessionSchedule;
import org.dpcoach.core.port.SessionStore;
import org.dpcoach.knowledge.Jurisdiction;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.Scenario;

/**
 * A supervision session's life: opened by a command or a weekly slot, moved on by Next or its
 * timer, ended by Skip or after the debrief; members' thread replies kept redacted until then.
 */
final class SupervisionSessions {
  /** A slot fired later than this after its time starts no session. */
  static final java.time.Duration LATEST = java.time.Duration.ofHours(2);

  private final PracticeSettings settings;
  private final KnowledgeBase kb;
  private final SessionStore sessions;
  private final Map<String, ChannelPoster> posters;
  private final PersonalDataGuard guard;
  private final NationSetting nations;
  private final Texts texts;
  private final SupervisionPosts posts;
  private final ScenarioChoice scenarios;

  SupervisionSessions(
      PracticeSettings settings,
      KnowledgeBase kb,
      SessionStore sessions,
      Map<String, ChannelPoster> posters,
      PersonalDataGuard guard,
      NationSetting nations) {
    this.settings = settings;
    this.kb = kb;
    this.sessions = sessions;
    this.posters = Map.copyOf(posters);
    this.guard = guard;
    this.nations = nations;
    this.texts = new Texts(kb.dialogue());
    this.posts = new SupervisionPosts(texts);
    this.scenarios = new ScenarioChoice(kb, settings, texts);
  }

  Optional<Instant> fire(String platform, String channel, Instant slot) {
    Optional<SessionSchedule> schedule = sessions.findSchedule(platform, channel);
    if (schedule.isEmpty()) {
      return Optional.empty();
    }
    Instant now = settings.clock().instant();
    SessionSchedule s = schedule.get();
    if (!s.paused() && now.isBefore(slot.plus(LATEST))) {
      s.scenarioId()
          .flatMap(kb::scenario)
          .or(() -> scenarios.leastUsed(sessions.scenarioCounts(platform, channel)))
          .ifPresent(sc -> startForSlot(s, sc, slot, now));
    }
    return Optional.of(s.slot().nextAfterFiring(slot, now, settings.zone()));
  }

  private void startForSlot(SessionSchedule s, Scenario sc, Instant slot, Instant now) {
    String key = "supervision|" + s.platform() + "|" + s.channel() + "|" + slot.getEpochSecond();
    Optional<Instant> nextAt =
        s.timed() ? Optional.of(now.plus(ScenarioChoice.stepTime(sc))) : Optional.empty();
    sessions
        .createForSlot(key, s.platform(), s.channel(), sc.id(), s.createdBy(), now, nextAt)
        .ifPresent(session -> open(session, sc, s.timed()));
  }

  DeskReply start(Caller caller, String args) {
    List<String> words =
        new ArrayList<>(
            List.of((args == null ? "" : args.strip().toLowerCase(Locale.ROOT)).split("\\s+")));
    boolean timed = words.remove("timed");
    Optional<Scenario> scenario = scenarios.pick(words.isEmpty() ? "" : words.get(0));
    if (scenario.isEmpty()) {
      return scenarios.noSuch(false);
    }
    Scenario s = scenario.get();
    Instant now = settings.clock().instant();
    Optional<Instant> nextAt =
        timed ? Optional.of(now.plus(ScenarioChoice.stepTime(s))) : Optional.empty();
    Session session =
        sessions.create(caller.platform(), caller.channel(), s.id(), caller.user(), now, nextAt);
    if (!open(session, s, timed)) {
      return texts.unchanged("supervision.not_started_title", texts.get("practice.not_posted"));
    }
    String first = texts.get(timed ? "supervision.first_timed" : "supervision.first_next");
    return new DeskReply(
        Message.note(
            texts.get("supervision.started_title"),
            texts.get("supervision.started", "title", s.title(), "first", first)),
        true);
  }

  /** Posts a new session's scenario; false (and the session expired) when the post failed. */
  private boolean open(Session session, Scenario s, boolean timed) {
    Optional<String> thread =
        poster(session.platform())
            .post(session.channel(), Optional.empty(), "", posts.opening(session.id(), s, timed));
    if (thread.isEmpty()) {
      sessions.end(session.id(), Session.State.EXPIRED, settings.clock().instant());
      return false;
    }
    sessions.thread(session.id(), thread.get());
    return true;
  }

  DeskReply next(Caller caller, long sessionId) {
    Optional<Session> found = active(sessionId);
    Optional<DeskReply> refused = refusal(caller, found);
    if (refused.isPresent()) {
      return refused.get();
    }
    return advance(found.get())
        ? texts.done("supervision.next_posted")
        : texts.unchanged("supervision.moved_on");
  }

  DeskReply skip(Caller caller, long sessionId) {
    Optional<Session> found = active(sessionId);
    Optional<DeskReply> refused = refusal(caller, found);
    if (refused.isPresent()) {
      return refused.get();
    }
    Session s = found.get();
    if (sessions.end(s.id(), Session.State.SKIPPED, settings.clock().instant())) {
      poster(s.platform()).post(s.channel(), s.thread(), "", posts.skipped());
    }
    return texts.done("supervision.skipped");
  }

  private Optional<Session> active(long sessionId) {
    return sessions.find(sessionId).filter(s -> s.state() == Session.State.ACTIVE);
  }

  /** The refusal when the session is over or the caller may not move it on; empty when they may. */
  private Optional<DeskReply> refusal(Caller caller, Optional<Session> found) {
    if (found.isEmpty()) {
      return Optional.of(texts.unchanged("supervision.over"));
    }
    boolean may =
        caller.user().equals(found.get().facilitator())
            || settings.champions().includes(caller.user());
    return may
        ? Optional.empty()
        : Optional.of(
            texts.unchanged("supervision.not_yet_title", texts.get("supervision.not_facilitator")));
  }

  boolean reply(Caller caller, String thread, String text) {
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

  DeskReply cpd(Caller caller, long sessionId) {
    Optional<Session> session = sessions.find(sessionId);
    Optional<Scenario> scenario = session.flatMap(s -> kb.scenario(s.scenarioId()));
    if (scenario.isEmpty()) {
      return texts.unchanged("supervision.no_record");
    }
    LocalDate day = LocalDate.ofInstant(session.get().startedAt(), settings.zone());
    Jurisdiction nation = nations.of(session.get().platform(), session.get().channel());
    CpdRecord record =
        CpdRecord.groupSupervision(
            scenario.get(), day, sessions.contributions(sessionId, caller.user()), nation, texts);
    String regulator =
        kb.nationTerms().regulator(nation).orElse(texts.get("supervision.your_regulator"));
    return new DeskReply(posts.cpd(record, regulator), false);
  }

  int advanceDue() {
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
    Optional<Instant> nextAt = s.nextAt().map(at -> now.plus(ScenarioChoice.stepTime(scenario)));
    boolean last = to > scenario.steps().size();
    if (!sessions.advance(s.id(), s.step(), to, last ? Optional.empty() : nextAt)) {
      return false;
    }
    if (!last) {
      poster(s.platform()).post(s.channel(), s.thread(), "", posts.step(s.id(), scenario, to));
      return true;
    }
    sessions.end(s.id(), Session.State.DEBRIEFED, now);
    Jurisdiction nation = nations.of(s.platform(), s.channel());
    poster(s.platform())
        .post(
            s.channel(),
            s.thread(),
            "",
            posts.debrief(s.id(), scenario, scenario.sourcesFor(nation)));
    return true;
  }

  private ChannelPoster poster(String platform) {
    ChannelPoster poster = posters.get(platform);
    if (poster == null) {
      throw new IllegalStateException("no poster for platform '" + platform + "'");
    }
    return poster;
  }
}
