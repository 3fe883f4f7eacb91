package org.dpcoach.app;

import io.javalin.config.JavalinConfig;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Optional;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.port.ConversationDirectory;
import org.dpcoach.core.port.FeedbackSink;
import org.dpcoach.core.practice.PracticeDesks;
import org.dpcoach.local.WebChat;
import org.dpcoach.slack.SlackAdapter;
import org.dpcoach.store.Database;
import org.dpcoach.support.Inbox;
import org.dpcoach.teams.TeamsAdapter;

/**
 * The chat adapters a server runs (Slack, Teams and the web chat, as configured) and their routes.
 */
record ServedAdapters(
    Optional<SlackAdapter> slack, Optional<TeamsAdapter> teams, Optional<WebChat> webChat) {

  /**
   * Creates the configured adapters, with feedback and the inbox on the database if there is one.
   */
  static ServedAdapters create(
      CoachEngine engine,
      ServeSettings settings,
      Optional<Database> db,
      ConversationDirectory references,
      Optional<PracticeDesks> desks) {
    Clock clock = engine.settings().clock();
    FeedbackSink feedback =
        db.<FeedbackSink>map(d -> d.insightsRecorder(settings.insights().keepUnanswered(), clock))
            .orElseGet(FeedbackSink::logging);
    Inbox inbox = db.map(d -> inbox(d, settings)).orElseGet(Inbox::inMemory);
    Optional<SlackAdapter> slack =
        settings.slack().map(s -> slack(SlackAdapter.builder(engine, s), feedback, desks, inbox));
    Optional<TeamsAdapter> teams =
        settings
            .teams()
            .map(
                t ->
                    teams(
                        TeamsAdapter.builder(engine, t).references(references),
                        feedback,
                        desks,
                        inbox));
    Optional<WebChat> webChat =
        settings.webChat() ? Optional.of(new WebChat(engine)) : Optional.empty();
    return new ServedAdapters(slack, teams, webChat);
  }

  /** Slack with the shared feedback sink and inbox, and the desks when practice is on. */
  private static SlackAdapter slack(
      SlackAdapter.Builder slack,
      FeedbackSink feedback,
      Optional<PracticeDesks> desks,
      Inbox inbox) {
    slack.feedback(feedback).inbox(inbox);
    desks.ifPresent(slack::desks);
    return slack.start();
  }

  /** Teams with the shared feedback sink and inbox, and the desks when practice is on. */
  private static TeamsAdapter teams(
      TeamsAdapter.Builder teams,
      FeedbackSink feedback,
      Optional<PracticeDesks> desks,
      Inbox inbox) {
    teams.feedback(feedback).inbox(inbox);
    desks.ifPresent(teams::desks);
    return teams.start();
  }

  private static Inbox inbox(Database db, ServeSettings settings) {
    return db.inbox(
        ManagementFactory.getRuntimeMXBean().getName(),
        settings.inbox().lease(),
        settings.inbox().sweepEvery());
  }

  /** Adds the routes of each adapter that serves over HTTP (Slack only in HTTP mode). */
  void routes(JavalinConfig config, ServeSettings settings) {
    slack.filter(a -> settings.slack().get().httpReady()).ifPresent(a -> a.routes(config));
    teams.ifPresent(a -> a.routes(config));
    webChat.ifPresent(w -> w.routes(config));
  }

  /** Connects Slack's Socket Mode, when configured. */
  void startSocketMode(ServeSettings settings) {
    slack
        .filter(a -> settings.slack().get().socketModeReady())
        .ifPresent(SlackAdapter::startSocketMode);
  }
}
