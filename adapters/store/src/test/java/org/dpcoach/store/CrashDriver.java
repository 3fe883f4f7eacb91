package org.dpcoach.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.model.WeeklySlot;
import org.dpcoach.core.port.ChannelPoster;
import org.dpcoach.core.port.TipSchedule;
import org.dpcoach.core.practice.Champions;
import org.dpcoach.core.practice.PracticeSettings;
import org.dpcoach.core.practice.TipLibrary;
import org.dpcoach.core.practice.TipPublisher;

/**
 * A separate JVM for {@link KillNineTest}: {@code crash DIR POSTS POINT SLOT} runs the posting path
 * and stops at the point (prints {@code AT POINT}, then waits to be killed with SIGKILL); {@code
 * recover DIR POSTS - SLOT} starts afresh on the same database, reconciles, fires the slot again
 * and prints {@code DONE}. The "platform" is an append-only file of posted keys.
 */
public final class CrashDriver {
  private CrashDriver() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Path dir = Path.of(args[1]);
    Path posts = Path.of(args[2]);
    String point = args[3];
    Instant slot = Instant.ofEpochSecond(Long.parseLong(args[4]));
    StoreSettings store =
        args.length > 5
            ? StoreSettings.at(args[5], Optional.empty(), Optional.empty(), dir)
            : StoreSettings.embedded(dir);
    try (Database db = Database.open(store)) {
      PracticeSettings settings =
          PracticeSettings.builder(Champions.none())
              .clock(Clock.systemUTC())
              .lease(mode.equals("recover") ? Duration.ofMillis(1) : Duration.ofMinutes(2))
              .build();
      FilePoster poster = new FilePoster(posts, point);
      TipPublisher publisher =
          new TipPublisher(
              db.outbox(),
              db.schedules(),
              new TipLibrary(Fixtures.kb(), db.tips()),
              Map.of("slack", poster),
              settings,
              mode + "-" + ProcessHandle.current().pid());
      if (mode.equals("recover")) {
        Thread.sleep(5);
        publisher.reconcile();
        publisher.fire("slack", "C1", slot);
        System.out.println("DONE");
        return;
      }
      db.schedules()
          .save(new TipSchedule("slack", "C1", WeeklySlot.parse("mon 09:30"), false, "U1", slot));
      String key = TipPublisher.slotKey("slack", "C1", slot);
      switch (point) {
        case "AFTER_PLAN" -> {
          db.outbox().plan(key, "slack", "C1", slot, counts -> "tip-001", slot);
          stop(point);
        }
        case "AFTER_CLAIM" -> {
          db.outbox().plan(key, "slack", "C1", slot, counts -> "tip-001", slot);
          db.outbox().claim(key, "crash", Instant.now());
          stop(point);
        }
        case "AFTER_SENT" -> {
          publisher.fire("slack", "C1", slot);
          stop(point);
        }
        default -> publisher.fire("slack", "C1", slot); // the poster stops inside
      }
    }
  }

  /** Says where it is, then waits for SIGKILL. */
  static void stop(String point) throws InterruptedException {
    System.out.println("AT " + point);
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }

  /** The platform: every accepted post is a line "key id", forced to disk before the answer. */
  static final class FilePoster implements ChannelPoster {
    private final Path file;
    private final String point;

    FilePoster(Path file, String point) {
      this.file = file;
      this.point = point;
    }

    @Override
    public String platform() {
      return "slack";
    }

    @Override
    public Optional<String> post(
        String channel, Optional<String> thread, String key, Message message) {
      try {
        if (point.equals("BEFORE_PLATFORM_ANSWERS")) {
          stop(point);
        }
        String id = Long.toString(System.nanoTime());
        PostsFile.append(file, key + " " + id);
        if (point.equals("AFTER_PLATFORM_ANSWERS")) {
          stop(point);
        }
        return Optional.of(id);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    @Override
    public Optional<String> find(String channel, String key, Instant since) {
      return PostsFile.idOf(file, key);
    }
  }
}
