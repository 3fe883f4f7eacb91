package org.dpcoach.slack;

import java.util.Optional;
import org.dpcoach.core.FeedbackDesk;
import org.dpcoach.core.model.Feedback;
import org.dpcoach.core.practice.PracticeCommand;
import org.dpcoach.support.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes Slack's requests on: each is recorded in the inbox before it is acknowledged (a redelivery
 * finds its key and is dropped), queued for the workers, and marked done once answered; what a dead
 * instance left is run again here from its recorded, redacted job.
 */
final class SlackWork {
  static final String PLATFORM = "slack";
  private static final Logger LOG = LoggerFactory.getLogger(SlackWork.class);

  /** What became of a request. */
  enum Taken {
    /** Recorded and queued: acknowledge it. */
    QUEUED,
    /** Recorded before (a redelivery): acknowledge it and do nothing. */
    DUPLICATE,
    /** The queue is full: nothing recorded, leave it for Slack to retry. */
    FULL
  }

  private final Inbox inbox;
  private final Coaching coaching;
  private final SlackPoster poster;
  private final Practice practice;
  private final HomeView home;
  private final FeedbackDesk feedback;
  private final ChampionQueue champions;

  SlackWork(
      Inbox inbox,
      Coaching coaching,
      SlackPoster poster,
      Practice practice,
      HomeView home,
      FeedbackDesk feedback,
      ChampionQueue champions) {
    this.inbox = inbox;
    this.coaching = coaching;
    this.poster = poster;
    this.practice = practice;
    this.home = home;
    this.feedback = feedback;
    this.champions = champions;
  }

  /** Records the job under the request's key, then queues it. */
  Taken take(String key, String user, Job job) {
    if (!inbox.record(
        Inbox.Delivery.of(key, PLATFORM, job.kind().name(), user, job.payload(), job.found()))) {
      return Taken.DUPLICATE;
    }
    if (!coaching.later(() -> answer(key, job))) {
      inbox.release(key);
      return Taken.FULL;
    }
    return Taken.QUEUED;
  }

  /** Queues a request another instance left unanswered (the sweeper hands it over). */
  void resume(Inbox.Delivery d) {
    Job job;
    try {
      job = Job.read(d.kind(), d.payload(), d.found());
    } catch (IllegalArgumentException e) {
      LOG.warn("inbox row {} cannot be read; given up", d.key());
      inbox.done(d.key());
      return;
    }
    // when the queue is full the row keeps its lease and is taken over again later
    coaching.later(() -> answer(d.key(), job));
  }

  private void answer(String key, Job job) {
    if (!inbox.start(key)) {
      return; // answered already, or another instance took it over
    }
    try {
      run(job);
    } finally {
      inbox.done(key);
    }
  }

  private void run(Job job) {
    Destination reply =
        job.optional("responseUrl").<Destination>map(Destination.ResponseUrl::new).orElse(null);
    switch (job.kind()) {
      case ASK ->
          champions.offerAfter(
              asked(job),
              coaching.answer(asked(job), job.text(), job.found()),
              job.optional(Job.TEXT).orElse(""));
      case CHOOSE -> coaching.chosen(asked(job), job.get("topic"));
      case FULL_GUIDANCE ->
          GuidanceKey.read(job.get("key")).ifPresent(k -> coaching.fullGuidance(asked(job), k));
      case THREAD_REPLY -> {
        practice.threadReply(job.get("user"), job.get("channel"), job.get("thread"), job.text());
        champions.threadReply(
            job.get("user"), job.get("channel"), job.get("thread"), job.get(Job.TEXT));
      }
      case HOME -> poster.publishHome(job.get("user"), home.view());
      case HELP -> poster.send(reply, HomeView.help());
      case TIPS, SUPERVISION, NATION, INSIGHTS -> command(job, reply);
      case HELPFUL -> {
        feedback.record(
            new Feedback(job.get("topic"), job.get("version"), true, Optional.empty())
                .onCase(job.optional("case").orElse(""))
                .from(job.optional("user").orElse(""), asked(job).origin()));
        if (reply != null) {
          poster.send(reply, HomeView.note(coaching.words("feedback_thanks")));
        }
      }
      case OPEN_FEEDBACK ->
          poster.openView(job.get("trigger"), FeedbackModal.view(job.get("value")));
      case UNHELPFUL -> {
        feedback.record(
            new Feedback(job.get("topic"), job.get("version"), false, missing(job))
                .onCase(job.optional("case").orElse(""))
                .from(job.optional("user").orElse(""), asked(job).origin()));
        job.optional("user")
            .ifPresent(
                u ->
                    champions.offer(
                        new Asked(u, u, Optional.empty(), true, Optional.empty()),
                        job.optional(Job.TEXT).or(() -> job.optional("missing")).orElse("")));
      }
      case ASK_CHAMPION, CHAMPIONS -> champions.command(job, reply);
      case CHAMPION_BUTTON -> champions.button(job);
      case PRACTICE_BUTTON ->
          practice.button(
              coreAction(job.get("action")),
              job.get("value"),
              job.get("user"),
              job.get("channel"),
              job.optional("thread"));
    }
  }

  /**
   * A tips, supervision, nation or insights command. One taken over after a crash whose text had
   * personal details in it is not run from the redacted text (a redacted tip is still not a tip to
   * keep): the person is asked to send it again.
   */
  private void command(Job job, Destination reply) {
    if (job.recovered() && job.found()) {
      poster.send(reply, HomeView.note(coaching.words("sorry")));
      return;
    }
    practice.command(
        new PracticeCommand(PracticeCommand.Desk.valueOf(job.kind().name()), job.text()),
        job.get("user"),
        job.get("channel"),
        job.optional("request").orElse(""),
        reply);
  }

  /** A button's core action id; a job recorded before ids were the core's says only "next". */
  private static String coreAction(String recorded) {
    return recorded.contains(".") ? recorded : "supervision." + recorded;
  }

  /**
   * What an Unhelpful verdict says was missing: the job's text (a job recorded earlier: its field).
   */
  private static Optional<String> missing(Job job) {
    return job.fields().containsKey(Job.TEXT) ? Optional.of(job.text()) : job.optional("missing");
  }

  private static Asked asked(Job job) {
    return new Asked(
        job.optional("channel").orElse(""),
        job.optional("user").orElse(""),
        job.optional("thread"),
        Boolean.parseBoolean(job.optional("direct").orElse("false")),
        job.optional("responseUrl"),
        job.optional("team").orElse(""));
  }

  /** The knowledge's words for the key (the dialogue file). */
  String words(String key) {
    return coaching.words(key);
  }
}
