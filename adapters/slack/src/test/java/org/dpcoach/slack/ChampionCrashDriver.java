package org.dpcoach.slack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.core.guard.Redaction;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.port.ChannelPoster;
import org.dpcoach.core.practice.Caller;
import org.dpcoach.core.practice.ChampionDesk;
import org.dpcoach.core.practice.ChampionPosts;
import org.dpcoach.core.practice.ChampionSettings;
import org.dpcoach.core.practice.Champions;
import org.dpcoach.core.practice.Person;
import org.dpcoach.core.practice.PracticeSettings;
import org.dpcoach.core.practice.TipLibrary;
import org.dpcoach.core.practice.TipPublisher;
import org.dpcoach.core.practice.WorkingHours;
import org.dpcoach.store.Database;
import org.dpcoach.store.StoreSettings;

/**
 * A separate JVM for {@link ChampionKillNineTest}: the champions' desk on H2 posting through the
 * real Slack channel poster to the parent's fake Web API. {@code crash DIR POINT API} asks, takes a
 * champion's thread reply and stops at the point (prints {@code AT POINT}, waits for SIGKILL);
 * {@code recover DIR - API} takes the re-delivered reply, ticks, reconciles and prints {@code
 * DONE}.
 */
public final class ChampionCrashDriver {
  static final String CHANNEL = "CCHAMPS";
  static final String ASKER = "UASK";

  private ChampionCrashDriver() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String point = args[2];
    SlackSettings slack = SlackSettings.builder("xoxb-test").apiUrl(URI.create(args[3])).build();
    ChannelPoster poster = crashing(SlackAdapter.channelPoster(slack), point);
    try (Database db = Database.open(StoreSettings.embedded(Path.of(args[1])))) {
      PracticeSettings practice =
          PracticeSettings.of(Champions.of(List.of(PracticeFixture.CHAMPION))).toBuilder()
              .lease(mode.equals("recover") ? Duration.ofMillis(1) : Duration.ofMinutes(2))
              .build();
      TipPublisher publisher =
          new TipPublisher(
                  db.outbox(),
                  db.schedules(),
                  new TipLibrary(PracticeFixture.kb(), db.tips()),
                  Map.of("slack", poster),
                  practice,
                  mode + "-" + ProcessHandle.current().pid())
              .withOtherPosts(
                  new ChampionPosts(
                      db.championQuestions(), db.outbox(), PracticeFixture.kb().dialogue()));
      ChampionDesk desk =
          new ChampionDesk(
              new ChampionSettings(
                  practice.champions(),
                  Map.of("slack", CHANNEL),
                  WorkingHours.officeHours(),
                  Clock.systemUTC(),
                  PracticeFixture.kb().dialogue()),
              db.championQuestions(),
              db.outbox(),
              publisher,
              text -> Optional.empty(),
              text -> new Redaction(text, List.of()));
      Person champion =
          new Person(
              new Caller("slack", PracticeFixture.CHAMPION, CHANNEL),
              "Chris",
              PracticeFixture.CHAMPION);
      if (mode.equals("recover")) {
        Thread.sleep(5);
        desk.threadReply(champion, postTs(db), "Use the work phone."); // Slack's retry
        desk.tick();
        publisher.reconcile();
        System.out.println("DONE");
        return;
      }
      desk.ask(
          new Person(new Caller("slack", ASKER, "D" + ASKER), "Sam", ASKER),
          "Can I use WhatsApp?",
          19);
      if (point.equals("AFTER_RECEIPT")) {
        db.championQuestions()
            .answer(1, PracticeFixture.CHAMPION, "Chris", "Use the work phone.", Instant.now());
        stop(point);
      }
      desk.threadReply(champion, postTs(db), "Use the work phone.");
      stop(point);
    }
  }

  private static String postTs(Database db) {
    return db.outbox().find("champion:1:post").orElseThrow().messageId().orElseThrow();
  }

  /** The real poster, stopping just before or just after Slack takes the asker's answer. */
  private static ChannelPoster crashing(ChannelPoster slack, String point) {
    return new ChannelPoster() {
      @Override
      public String platform() {
        return slack.platform();
      }

      @Override
      public Optional<String> post(
          String channel, Optional<String> thread, String key, Message message) {
        boolean answer = key.endsWith(":answer");
        if (answer && point.equals("BEFORE_PLATFORM_ANSWERS")) {
          stop(point);
        }
        Optional<String> ts = slack.post(channel, thread, key, message);
        if (answer && point.equals("AFTER_PLATFORM_ANSWERS")) {
          stop(point);
        }
        return ts;
      }

      @Override
      public boolean update(String channel, String messageId, String key, Message message) {
        return slack.update(channel, messageId, key, message);
      }

      @Override
      public Optional<String> find(String channel, String key, Instant since) {
        return slack.find(channel, key, since);
      }
    };
  }

  static void stop(String point) {
    System.out.println("AT " + point);
    System.out.flush();
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
