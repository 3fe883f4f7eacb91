package org.dpcoach.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.port.ChannelPoster;
import org.dpcoach.core.practice.Caller;
import org.dpcoach.core.practice.Champions;
import org.dpcoach.core.practice.PracticeSettings;
import org.dpcoach.core.practice.TipLibrary;
import org.dpcoach.core.practice.TipPublisher;
import org.dpcoach.knowledge.Jurisdiction;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.store.Database;
import org.dpcoach.store.StoreSettings;
import org.dpcoach.testkit.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly digest through the tips' outbox: one post per champion per week however often the slot
 * fires and however many instances fire it, reconciled like a tip, never late by more than a day,
 * with last week's top topics, the most not-helpful answer and a tip.
 */
class InsightsDigestTest {
  /** Monday 30 November 2026, 09:00 London (GMT). */
  static final Instant SLOT = Instant.parse("2026-11-30T09:00:00Z");

  static KnowledgeBase kb;
  @TempDir static Path data;
  static Database db;

  private final MutableClock clock = new MutableClock(SLOT);
  private final Recording slack = new Recording("slack");
  private final Recording teams = new Recording("teams");
  private Insights insights;

  /** A platform in memory: records posts with their keys and finds them by key. */
  static final class Recording implements ChannelPoster {
    record Posted(String channel, String key, String id, Message message) {}

    final List<Posted> posts = new CopyOnWriteArrayList<>();
    private final String platform;
    private final AtomicLong ids = new AtomicLong();
    volatile boolean loseAnswers;

    Recording(String platform) {
      this.platform = platform;
    }

    @Override
    public String platform() {
      return platform;
    }

    @Override
    public Optional<String> post(
        String channel, Optional<String> thread, String key, Message message) {
      String id = platform + "-" + ids.incrementAndGet();
      posts.add(new Posted(channel, key, id, message));
      if (loseAnswers) {
        throw new IllegalStateException("the answer was lost");
      }
      return Optional.of(id);
    }

    @Override
    public Optional<String> find(String channel, String key, Instant since) {
      return posts.stream()
          .filter(p -> p.channel().equals(channel) && p.key().equals(key))
          .map(Posted::id)
          .findFirst();
    }
  }

  @BeforeAll
  static void yearOfData() throws Exception {
    kb = KnowledgeBase.loader().exampleEmployer(true).load();
    db = Database.open(StoreSettings.embedded(data));
    YearOfData.into(db.dataSource(), kb, 400, LocalDate.of(2026, 11, 29));
  }

  @BeforeEach
  void champions() {
    insights =
        Insights.create(
            db, kb, InsightsSettings.defaults(), clock, () -> URI.create("http://localhost:1"));
    insights.rememberChampion(new Caller("slack", "U0CHAMP", "C0NORTH"));
    insights.rememberChampion(new Caller("teams", "aad-champ", "a:personal-champ"));
    insights.rememberChampion(new Caller("teams", "aad-other", "19:general@thread.tacv2"));
  }

  @AfterEach
  void forget() throws Exception {
    try (var c = db.dataSource().getConnection();
        var st = c.createStatement()) {
      st.execute("DELETE FROM tip_outbox");
    }
  }

  private TipPublisher publisher(InsightsDigest digest, String owner) {
    PracticeSettings settings = PracticeSettings.builder(Champions.none()).clock(clock).build();
    return new TipPublisher(
            db.outbox(),
            db.schedules(),
            new TipLibrary(kb, db.tips()),
            Map.of("slack", slack, "teams", teams),
            settings,
            owner)
        .withOtherPosts(digest::message);
  }

  @Test
  void fire_twiceOnTwoInstances_postsOneDigestPerChampion() throws Exception {
    InsightsDigest digest = insights.digest(Jurisdiction.ENGLAND);
    TipPublisher a = publisher(digest, "instance-a");
    TipPublisher b = publisher(digest, "instance-b");

    assertThat(digest.fire(SLOT, db.outbox(), a)).isEqualTo(2);
    assertThat(digest.fire(SLOT, db.outbox(), b)).isZero();
    assertThat(digest.fire(SLOT, db.outbox(), a)).isZero();

    assertThat(slack.posts)
        .singleElement()
        .satisfies(p -> assertThat(p.channel()).isEqualTo("U0CHAMP"));
    assertThat(teams.posts)
        .singleElement()
        .satisfies(p -> assertThat(p.channel()).isEqualTo("a:personal-champ"));
    String text = slack.posts.get(0).message().plainText();
    assertThat(slack.posts.get(0).message().title())
        .isEqualTo("Your weekly insights: week of 23 Nov 2026");
    assertThat(text)
        .contains("Most asked last week:", "\n1. ", "\n5. ", "Most often not helpful")
        .contains("A tip to share on")
        .doesNotContain("fewer than 5 questions)");
    assertThat(slack.posts.get(0).message().sources()).isNotEmpty();
    assertThat(teams.posts.get(0).message()).isEqualTo(slack.posts.get(0).message());
    java.nio.file.Files.writeString(
        Path.of("target", "insights-digest.txt"), slack.posts.get(0).message().plainText());
  }

  @Test
  void fire_moreThanADayLate_postsNothing() {
    InsightsDigest digest = insights.digest(Jurisdiction.ENGLAND);
    clock.set(SLOT.plus(Duration.ofHours(25)));
    assertThat(digest.fire(SLOT, db.outbox(), publisher(digest, "a"))).isZero();
    assertThat(slack.posts).isEmpty();
  }

  @Test
  void reconcile_answerLostAfterThePost_findsItAndNeverPostsTwice() {
    InsightsDigest digest = insights.digest(Jurisdiction.ENGLAND);
    TipPublisher a = publisher(digest, "a");
    slack.loseAnswers = true;
    digest.fire(SLOT, db.outbox(), a);
    slack.loseAnswers = false;
    assertThat(slack.posts).hasSize(1);

    clock.set(SLOT.plus(Duration.ofMinutes(6)));
    publisher(digest, "b").reconcile();

    assertThat(slack.posts).as("found by its key, not posted again").hasSize(1);
    assertThat(db.outbox().find("digest:slack:U0CHAMP:2026-11-23").orElseThrow().state())
        .hasToString("SENT");
  }
}
