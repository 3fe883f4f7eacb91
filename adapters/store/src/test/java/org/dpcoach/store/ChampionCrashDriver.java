package org.dpcoach.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/**
 * A separate JVM for {@link ChampionKillNineTest}: {@code crash DIR POSTS POINT PLATFORM [URL]}
 * asks a question, then takes a champion's thread reply and stops at the point (prints {@code AT
 * POINT}, then waits for SIGKILL); {@code recover DIR POSTS - PLATFORM [URL]} starts afresh on the
 * same database, takes the re-delivered reply, runs the reminder tick and the reconcile step, and
 * prints {@code DONE}. The "platform" is an append-only file of posted keys; a Teams personal chat
 * cannot be searched, so its poster finds nothing.
 */
public final class ChampionCrashDriver {
  static final String CHANNEL = "CCHAMPS";
  static final String ANSWER = "Use the work phone and record it.";

  private ChampionCrashDriver() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Path posts = Path.of(args[2]);
    String point = args[3];
    String platform = args[4];
    StoreSettings store =
        args.length > 5
            ? StoreSettings.at(args[5], Optional.empty(), Optional.empty(), Path.of(args[1]))
            : StoreSettings.embedded(Path.of(args[1]));
    try (Database db = Database.open(store)) {
      ChampionDesk desk = desk(db, platform, new FilePoster(posts, point, platform), mode);
      Person champion =
          new Person(new Caller(platform, "UCHAMP", CHANNEL), "Chris Champion", "UCHAMP");
      if (mode.equals("recover")) {
        Thread.sleep(5);
        desk.threadReply(champion, postId(db), ANSWER); // the platform delivers the event again
        desk.tick();
        publisher.reconcile();
        System.out.println("DONE");
        return;
      }
      Person asker = new Person(new Caller(platform, "UASK", "DUASK"), "Sam", "UASK");
      desk.ask(asker, "Can I use WhatsApp with families?", 33);
      if (point.equals("AFTER_RECEIPT")) {
        db.championQuestions().answer(1, champion.user(), champion.name(), ANSWER, Instant.now());
        CrashDriver.stop(point);
      }
      desk.threadReply(champion, postId(db), ANSWER);
      CrashDriver.stop(point);
    }
  }

  private static TipPublisher publisher;

  private static ChampionDesk desk(
      Database db, String platform, ChannelPoster poster, String mode) {
    PracticeSettings practice =
        PracticeSettings.of(Champions.of(List.of("UCHAMP"))).toBuilder()
            .clock(Clock.systemUTC())
            .lease(mode.equals("recover") ? Duration.ofMillis(1) : Duration.ofMinutes(2))
            .build();
    publisher =
        new TipPublisher(
                db.outbox(),
                db.schedules(),
                new TipLibrary(Fixtures.kb(), db.tips()),
                Map.of(platform, poster),
                practice,
                mode + "-" + ProcessHandle.current().pid())
            .withOtherPosts(
                new ChampionPosts(db.championQuestions(), db.outbox(), Fixtures.kb().dialogue()));
    return new ChampionDesk(
        new ChampionSettings(
            practice.champions(),
            Map.of(platform, CHANNEL),
            WorkingHours.officeHours(),
            Clock.systemUTC(),
            Fixtures.kb().dialogue()),
        db.championQuestions(),
        db.outbox(),
        publisher,
        text -> Optional.empty(),
        ChampionFixture.GUARD);
  }

  private static String postId(Database db) {
    return db.outbox().find("champion:1:post").orElseThrow().messageId().orElseThrow();
  }

  /** The platform: every accepted post is a line "key id", forced to disk before the answer. */
  static final class FilePoster implements ChannelPoster {
    private final Path file;
    private final String point;
    private final String platform;

    FilePoster(Path file, String point, String platform) {
      this.file = file;
      this.point = point;
      this.platform = platform;
    }

    @Override
    public String platform() {
      return platform;
    }

    @Override
    public Optional<String> post(
        String channel, Optional<String> thread, String key, Message message) {
      boolean answer = key.endsWith(":answer");
      try {
        if (answer && point.equals("BEFORE_PLATFORM_ANSWERS")) {
          CrashDriver.stop(point);
        }
        String id = Long.toString(System.nanoTime());
        PostsFile.append(file, key + " " + id + " " + channel);
        if (answer && point.equals("AFTER_PLATFORM_ANSWERS")) {
          CrashDriver.stop(point);
        }
        return Optional.of(id);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** Slack finds a keyed post in the conversation's history; a Teams personal chat cannot. */
    @Override
    public Optional<String> find(String channel, String key, Instant since) {
      if (platform.equals("teams") && !channel.equals(CHANNEL)) {
        return Optional.empty();
      }
      return PostsFile.idOf(file, key);
    }
  }
}
