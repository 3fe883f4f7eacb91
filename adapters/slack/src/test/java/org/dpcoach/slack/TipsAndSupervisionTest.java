package org.dpcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.dpcoach.core.practice.PracticeSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /dpcoach tips} and {@code /dpcoach supervision}, signed over HTTP, answered at the fake
 * Web API, stored in H2.
 */
class TipsAndSupervisionTest {
  static final Duration WAIT = Duration.ofSeconds(10);
  static final String REFUSAL = "only the digital champions and principal social workers";
  static final AtomicInteger IDS = new AtomicInteger();
  @TempDir static Path dir;
  static PracticeFixture practice;
  static RunningApp app;

  @BeforeAll
  static void start() {
    practice = new PracticeFixture(dir);
    app = new RunningApp(practice::desks);
  }

  @AfterAll
  static void stop() {
    app.close();
    practice.close();
  }

  /** Sends a slash command and returns the text of its private answer. */
  static String command(String text, String user, String channel) {
    String name = "cmd-" + IDS.incrementAndGet();
    app.requests.send(
        SlackRequests.command(text, user, channel, app.api.responseUrl(name), "trig-" + name),
        SlackRequests.FORM);
    List<FakeSlackApi.Call> answers =
        app.api.await(
            c -> c.method().equals("response_url") && c.params().get("path").endsWith("/" + name),
            1,
            WAIT);
    assertThat(answers).as("answer to '%s'", text).hasSize(1);
    return answers.get(0).allText();
  }

  static void click(
      String action, String value, String user, String channel, String messageTs, String threadTs) {
    app.requests.send(
        SlackRequests.buttonClick(
            action, value, user, channel, messageTs, threadTs, false, app.api.responseUrl("btn")),
        SlackRequests.FORM);
  }

  static List<FakeSlackApi.Call> awaitPosts(Predicate<FakeSlackApi.Call> match, int count) {
    List<FakeSlackApi.Call> found = app.api.await(match, count, WAIT);
    assertThat(found).hasSizeGreaterThanOrEqualTo(count);
    return found;
  }

  static Predicate<FakeSlackApi.Call> postTo(String channel) {
    return c -> c.method().equals("chat.postMessage") && channel.equals(c.params().get("channel"));
  }

  @Test
  void tipsCommands_nonChampion_politeRefusalAndNothingChanges() throws Exception {
    for (String text :
        List.of(
            "tips add never accept friend requests from families on facebook",
            "tips approve c1",
            "tips schedule <#C700|team-north> mon 09:30",
            "tips now",
            "tips pause",
            "tips resume")) {
      assertThat(command(text, "UPLAIN", "C700")).as(text).contains(REFUSAL);
    }

    assertThat(practice.count("SELECT COUNT(*) FROM custom_tip WHERE added_by = 'UPLAIN'"))
        .isZero();
    assertThat(practice.count("SELECT COUNT(*) FROM tip_schedule WHERE channel = 'C700'")).isZero();
    assertThat(practice.count("SELECT COUNT(*) FROM tip_outbox WHERE channel = 'C700'")).isZero();
    assertThat(practice.timer).noneMatch(t -> t.channel().equals("C700"));
    assertThat(app.api.posts(postTo("C700"))).isEmpty();
    assertThat(command("tips list", "UPLAIN", "C700"))
        .contains("tips in the library")
        .doesNotContain(REFUSAL);
  }

  @Test
  void tipsAddAndApprove_champions_waitsForASecondChampionThenJoinsTheLibrary() {
    String added =
        command(
            "tips add never accept a friend request on facebook from the family of a child you work with",
            PracticeFixture.CHAMPION,
            "C710");
    assertThat(added).contains("added", "Topic: friend-requests", "waits for approval");
    String id = added.replaceAll("(?s).*Tip (c\\d+) added.*", "$1");

    assertThat(command("tips approve " + id, PracticeFixture.CHAMPION, "C710"))
        .contains("Another champion needs to approve");
    assertThat(command("tips list", PracticeFixture.CHAMPION, "C710"))
        .contains("Waiting for approval", id);
    assertThat(command("tips approve " + id, PracticeFixture.SECOND_CHAMPION, "C710"))
        .contains("Tip " + id + " approved");
    assertThat(command("tips approve " + id, PracticeFixture.SECOND_CHAMPION, "C710"))
        .contains("already in the library");
    assertThat(command("tips list", PracticeFixture.CHAMPION, "C710"))
        .contains(PracticeFixture.kb().tips().size() + 1 + " tips in the library");
  }

  @Test
  void tipsAdd_withPersonalData_refusedAndNothingStored() throws Exception {
    assertThat(
            command(
                "tips add ring Jane Smith on 07700 900123 before every visit",
                PracticeFixture.CHAMPION,
                "C711"))
        .contains("Tip not added", "personal details");
    assertThat(practice.everyStoredText())
        .noneMatch(v -> v.contains("900123") || v.contains("Jane Smith"));
  }

  @Test
  void tipsScheduleListPauseResume_champion_storesTheSlotAndArmsTheTimer() throws Exception {
    String reply =
        command("tips schedule <#C720|team-north> mon 09:30", PracticeFixture.CHAMPION, "C799");

    assertThat(reply).contains("A tip every mon 09:30 (Europe/London)", "The next one: Monday");
    PracticeFixture.Timed armed =
        practice.timer.stream().filter(t -> t.channel().equals("C720")).findFirst().orElseThrow();
    ZonedDateTime local = armed.next().atZone(PracticeSettings.LONDON);
    assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(9, 30));
    assertThat(command("tips list", "UPLAIN", "C720")).contains("a tip every mon 09:30.");
    assertThat(command("tips pause", PracticeFixture.CHAMPION, "C720")).contains("Tips paused");
    assertThat(
            practice.count("SELECT COUNT(*) FROM tip_schedule WHERE channel = 'C720' AND paused"))
        .isEqualTo(1);
    assertThat(command("tips list", "UPLAIN", "C720")).contains("(paused)");
    assertThat(command("tips resume <#C720|team-north>", PracticeFixture.CHAMPION, "C799"))
        .contains("Tips resumed");
    assertThat(
            practice.count("SELECT COUNT(*) FROM tip_schedule WHERE channel = 'C720' AND paused"))
        .isZero();
    assertThat(
            command(
                "tips schedule <#C720|team-north> someday 09:30", PracticeFixture.CHAMPION, "C799"))
        .contains("'someday' is not a day");

    assertThat(command("tips schedule here tue 08:45", PracticeFixture.CHAMPION, "C721"))
        .contains("A tip every tue 08:45");
    assertThat(command("tips schedule wed 10:00", PracticeFixture.CHAMPION, "C722"))
        .contains("A tip every wed 10:00");
    assertThat(practice.timer).extracting(PracticeFixture.Timed::channel).contains("C721", "C722");
  }

  @Test
  void tipsNow_champion_postsTheNextTipOnceWithItsKeyAndRecordsTheTs() throws Exception {
    assertThat(command("tips now", PracticeFixture.CHAMPION, "C730")).contains("Tip posted");

    FakeSlackApi.Call post = awaitPosts(postTo("C730"), 1).get(0);
    assertThat(post.params().get("metadata")).contains("dpcoach_post", "now:slack:C730:");
    assertThat(post.allText())
        .contains("Tip of the week: " + PracticeFixture.kb().tips().get(0).title());
    assertThat(
            practice.count(
                "SELECT COUNT(*) FROM tip_outbox WHERE channel = 'C730' AND state = 'SENT' AND message_id LIKE '1700000000.%'"))
        .isEqualTo(1);
    command("tips now", PracticeFixture.CHAMPION, "C730");
    List<FakeSlackApi.Call> both = awaitPosts(postTo("C730"), 2);
    assertThat(both.get(1).allText()).contains(PracticeFixture.kb().tips().get(1).title());
  }

  @Test
  void nation_champion_setsTheChannelsNationAndItsTipsFollowIt() throws Exception {
    assertThat(command("nation", "UPLAIN", "C740")).contains("This channel follows England");
    assertThat(command("nation scotland", "UPLAIN", "C740")).contains(REFUSAL);
    assertThat(practice.count("SELECT COUNT(*) FROM channel_nation WHERE channel = 'C740'"))
        .isZero();

    assertThat(command("nation scotland", PracticeFixture.CHAMPION, "C740"))
        .contains("This channel follows Scotland");

    assertThat(
            practice.count(
                "SELECT COUNT(*) FROM channel_nation WHERE channel = 'C740' AND nation = 'scotland'"))
        .isEqualTo(1);
    assertThat(command("tips list", "UPLAIN", "C740"))
        .contains(
            "This channel follows Scotland (set with `nation`)", "Which nations each tip suits");
    assertThat(command("tips now", PracticeFixture.CHAMPION, "C740")).contains("Tip posted");
    String tip = awaitPosts(postTo("C740"), 1).get(0).allText();
    assertThat(tip)
        .contains("Tip of the week: " + PracticeFixture.kb().tips().get(1).title())
        .doesNotContain("Social Work England");
  }

  @Test
  void channelPoster_find_readsTheKeyBackFromTheChannelHistory() {
    var poster =
        SlackAdapter.channelPoster(
            SlackSettings.builder("xoxb-test").apiUrl(app.api.apiUrl()).build());
    String ts =
        poster
            .post(
                "C740",
                java.util.Optional.empty(),
                "tip:slack:C740:1790000000",
                org.dpcoach.core.model.Message.note("Tip", "text"))
            .orElseThrow();

    assertThat(poster.find("C740", "tip:slack:C740:1790000000", java.time.Instant.EPOCH))
        .contains(ts);
    assertThat(poster.find("C740", "tip:slack:C740:1", java.time.Instant.EPOCH)).isEmpty();
  }

  @Test
  void supervision_fullSession_stepsInThreadRepliesRedactedDebriefAndPrivateCpd() throws Exception {
    String started = command("supervision start late-night-message", "UFAC", "C750");
    assertThat(started).contains("Session started");
    FakeSlackApi.Call root = awaitPosts(postTo("C750"), 1).get(0);
    assertThat(root.allText())
        .contains("Group supervision: A message at 11pm", "Reply in this thread");
    String thread = thread("C750");
    String session = sessionId("C750");

    click("dpcoach.supervision.next", session, "UOTHER", "C750", thread, null);
    FakeSlackApi.Call refusal =
        awaitPosts(
                c ->
                    c.method().equals("chat.postEphemeral")
                        && "UOTHER".equals(c.params().get("user")),
                1)
            .get(0);
    assertThat(refusal.allText()).contains("Only the person who started this session");

    click("dpcoach.supervision.next", session, "UFAC", "C750", thread, null);
    FakeSlackApi.Call step1 = awaitPosts(postTo("C750"), 2).get(1);
    assertThat(step1.params()).containsEntry("thread_ts", thread);
    assertThat(step1.allText()).contains("Step 1 of 5: Recognise the issue");

    app.requests.send(
        SlackRequests.threadMessage(
            "EvS1",
            "UMEM1",
            "C750",
            "I'd ring Jane Smith back on 07700 900123 first thing",
            "1700000001.000001",
            thread),
        SlackRequests.JSON_TYPE);
    app.requests.send(
        SlackRequests.threadMessage(
            "EvS2",
            "UMEM2",
            "C750",
            "check the out of hours arrangements",
            "1700000001.000002",
            thread),
        SlackRequests.JSON_TYPE);
    awaitCount("SELECT COUNT(*) FROM supervision_reply", 2);
    List<String> stored = practice.everyStoredText();
    assertThat(stored)
        .noneMatch(v -> v.contains("Jane Smith") || v.contains("900123") || v.contains("07700"));
    assertThat(stored).anyMatch(v -> v.contains("[PHONE]"));

    for (int step = 2; step <= 6; step++) {
      click("dpcoach.supervision.next", session, "UFAC", "C750", thread, thread);
      awaitPosts(postTo("C750"), step + 1);
    }
    FakeSlackApi.Call debrief = app.api.posts(postTo("C750")).get(6);
    assertThat(debrief.allText())
        .contains(
            "Debrief: what the standards say",
            "Social Work England Professional Standards",
            "Sources");
    assertThat(debrief.blocks().findValuesAsText("action_id")).contains("dpcoach.supervision.cpd");
    assertThat(practice.count("SELECT COUNT(*) FROM supervision_reply")).isZero();
    assertThat(practice.everyStoredText())
        .noneMatch(
            v ->
                v.contains("Jane Smith")
                    || v.contains("900123")
                    || v.contains("out of hours arrangements"));

    click("dpcoach.supervision.cpd", session, "UMEM1", "C750", thread, thread);
    FakeSlackApi.Call cpd = awaitPosts(postTo("UMEM1"), 1).get(0);
    assertThat(
            awaitPosts(
                    c ->
                        c.method().equals("chat.postEphemeral")
                            && "UMEM1".equals(c.params().get("user")),
                    1)
                .get(0)
                .allText())
        .contains("CPD record sent", "direct messages");
    System.err.println("CPD export for the scripted session:\n" + cpd.allText());
    assertThat(cpd.allText())
        .contains(
            "# CPD record (draft): Group supervision: A message at 11pm",
            "**Peer reflection:** yes",
            "## What I did",
            "## What I learned",
            "## Impact on my practice",
            "I contributed 1 reply",
            "Social Work England Professional Standards");
    assertThat(app.api.posts(postTo("C750"))).hasSize(7);
  }

  @Test
  void supervisionSchedule_championOnly_storesTheSlotArmsTheTimerAndLists() throws Exception {
    assertThat(command("supervision schedule <#C780|team-north> thu 14:00", "UPLAIN", "C780"))
        .contains(REFUSAL);
    assertThat(command("supervision pause", "UPLAIN", "C780")).contains(REFUSAL);
    assertThat(practice.count("SELECT COUNT(*) FROM supervision_schedule")).isZero();
    assertThat(practice.sessionTimer).isEmpty();

    String reply =
        command(
            "supervision schedule <#C780|team-north> thu 14:00 late-night-message timed",
            PracticeFixture.CHAMPION,
            "C799");
    assertThat(reply)
        .contains(
            "A group-supervision session every thu 14:00 (Europe/London)",
            "late-night-message",
            "on a timer",
            "The first one: Thursday");
    assertThat(practice.sessionTimer)
        .singleElement()
        .satisfies(t -> assertThat(t.channel()).isEqualTo("C780"));
    assertThat(command("supervision list", "UPLAIN", "C780"))
        .contains("a session every thu 14:00", "late-night-message, timed");
    assertThat(command("supervision pause", PracticeFixture.CHAMPION, "C780"))
        .contains("Supervision paused");
    assertThat(command("supervision resume <#C780>", PracticeFixture.CHAMPION, "C799"))
        .contains("Supervision resumed");
    assertThat(command("supervision", "UPLAIN", "C780")).contains("supervision start [scenario]");
  }

  @Test
  void supervision_skipAndUnknownScenario_endTheSessionOrListTheScenarios() throws Exception {
    assertThat(command("supervision start no-such-thing", "UFAC", "C760"))
        .contains("Choose one of:", "late-night-message", "wrong-school-email");
    assertThat(command("supervision start wrong-school-email", "UFAC", "C761"))
        .contains("Session started");
    awaitPosts(postTo("C761"), 1);
    String thread = thread("C761");

    click("dpcoach.supervision.skip", sessionId("C761"), "UFAC", "C761", thread, null);

    FakeSlackApi.Call skipped = awaitPosts(postTo("C761"), 2).get(1);
    assertThat(skipped.allText()).contains("Scenario skipped");
    assertThat(skipped.params()).containsEntry("thread_ts", thread);
    assertThat(
            practice.count(
                "SELECT COUNT(*) FROM supervision_session WHERE channel = 'C761' AND state = 'SKIPPED'"))
        .isEqualTo(1);
  }

  private static String thread(String channel) throws Exception {
    return query("SELECT thread FROM supervision_session WHERE channel = '" + channel + "'");
  }

  private static String sessionId(String channel) throws Exception {
    return query(
        "SELECT CAST(id AS VARCHAR) FROM supervision_session WHERE channel = '" + channel + "'");
  }

  private static String query(String sql) throws Exception {
    long end = System.nanoTime() + WAIT.toNanos();
    while (true) {
      try (var c = practice.db.dataSource().getConnection();
          var rs = c.createStatement().executeQuery(sql)) {
        if (rs.next() && rs.getString(1) != null) {
          return rs.getString(1);
        }
      }
      if (System.nanoTime() > end) {
        throw new AssertionError("no row for " + sql);
      }
      Thread.sleep(20);
    }
  }

  private static void awaitCount(String sql, int expected) throws Exception {
    long end = System.nanoTime() + WAIT.toNanos();
    while (practice.count(sql) < expected && System.nanoTime() < end) {
      Thread.sleep(20);
    }
    assertThat(practice.count(sql)).isEqualTo(expected);
  }
}
