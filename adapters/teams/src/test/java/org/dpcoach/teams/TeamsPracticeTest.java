package org.dpcoach.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.dpcoach.core.model.Action;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.port.ConversationAddress;
import org.dpcoach.core.port.OutboxEntry;
import org.dpcoach.core.port.Session;
import org.dpcoach.core.port.TipSchedule;
import org.dpcoach.core.practice.PracticeSettings;
import org.dpcoach.knowledge.Jurisdiction;
import org.dpcoach.testkit.TestCoach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tips and group supervision in Teams: authenticated activities POSTed over HTTP to the running
 * app, cards asserted at the fake Bot Connector, state in in-memory stores, Graph at a fake.
 */
class TeamsPracticeTest {
  static final Duration WAIT = Duration.ofSeconds(10);
  static final String REFUSAL = "only the digital champions and principal social workers";
  static final String SCENARIO = "scn-01-facebook-request";
  static final TestTokens TOKENS = new TestTokens();
  static FakeOpenId openId;
  static FakeGraph graph;
  static PracticeFixture practice;
  static RunningTeams app;
  static String serviceUrl;

  @BeforeAll
  static void start() {
    openId = new FakeOpenId(TOKENS);
    graph = new FakeGraph();
    practice = new PracticeFixture();
    app = RunningTeams.authenticated(openId, graph, practice::desks);
    serviceUrl = app.connector.serviceUrl();
  }

  @AfterAll
  static void stop() {
    app.close();
    graph.close();
    openId.close();
  }

  static void post(ObjectNode activity) {
    assertThat(app.post(activity, TOKENS.header(TestTokens.Claims.valid(serviceUrl))).statusCode())
        .isEqualTo(200);
  }

  /** The bot added to a channel of the test team; its reference is kept. */
  static String added(String channel) {
    post(Activities.inTeam(Activities.botAdded(serviceUrl, channel, "channel"), channel));
    long end = System.nanoTime() + WAIT.toNanos();
    while (app.references.find(channel).isEmpty() && System.nanoTime() < end) {
      Thread.onSpinWait();
    }
    assertThat(app.references.find(channel)).isPresent();
    return channel;
  }

  static Predicate<FakeConnector.Call> privateTo(String user) {
    return c ->
        c.kind().equals("send")
            && String.valueOf(c.conversationId()).startsWith("a:personal-")
            && ("29:" + user).equals(c.body().path("recipient").path("id").asText());
  }

  static Predicate<FakeConnector.Call> postedTo(String conversation) {
    return c -> c.kind().equals("send") && conversation.equals(c.conversationId());
  }

  static FakeConnector.Call awaitNth(Predicate<FakeConnector.Call> match, int n) {
    List<FakeConnector.Call> found = app.connector.await(match, n, WAIT);
    assertThat(found).hasSizeGreaterThanOrEqualTo(n);
    assertThat(CardSchema.problems(found.get(n - 1).card())).isEmpty();
    return found.get(n - 1);
  }

  /** Types a command to the bot in a channel; the text of the answer that came privately. */
  static String inChannel(String channel, String user, String text) {
    return inChannel(
        Activities.mentioningBot(
            Activities.channelMessage(
                serviceUrl, channel + ";messageid=" + Activities.nextId(), user, text)),
        user);
  }

  static String inChannel(ObjectNode activity, String user) {
    int before = app.connector.calls(privateTo(user)).size();
    post(activity);
    return awaitNth(privateTo(user), before + 1).allText();
  }

  static void press(String channel, String thread, String user, String action, long session) {
    post(
        Activities.submit(
            serviceUrl,
            channel + ";messageid=" + thread,
            "channel",
            user,
            PracticeSubmit.data(new Action(action, "x", Long.toString(session)))));
  }

  @Test
  void tipsCommands_nonChampion_refusedPrivatelyAndNothingChanges() {
    String channel = added("19:refuse@thread.tacv2");
    ObjectNode schedule =
        Activities.mentioningChannel(
            Activities.mentioningBot(
                Activities.channelMessage(
                    serviceUrl,
                    channel + ";messageid=" + Activities.nextId(),
                    "plain",
                    "tips schedule <at>Refuse</at> mon 09:30")),
            channel,
            "<at>Refuse</at>");
    assertThat(inChannel(schedule, "plain")).contains(REFUSAL);
    for (String text :
        List.of(
            "tips add never accept friend requests from families on facebook",
            "tips approve c1",
            "tips now",
            "tips pause",
            "tips resume")) {
      assertThat(inChannel(channel, "plain", text)).as(text).contains(REFUSAL);
    }

    assertThat(practice.stores.tips()).noneMatch(t -> t.addedBy().equals("aad-plain"));
    assertThat(practice.stores.schedules()).noneMatch(s -> s.channel().equals(channel));
    assertThat(practice.stores.outbox()).noneMatch(e -> e.channel().equals(channel));
    assertThat(practice.timer).noneMatch(t -> t.channel().equals(channel));
    assertThat(app.connector.calls(postedTo(channel))).isEmpty();
    assertThat(inChannel(channel, "plain", "tips list"))
        .contains("tips in the library")
        .doesNotContain(REFUSAL);
  }

  @Test
  void tipsAddAndApprove_champions_waitsForASecondChampionThenJoinsTheLibrary() {
    String channel = added("19:library@thread.tacv2");
    String added =
        inChannel(
            channel,
            PracticeFixture.CHAMPION,
            "tips add never accept a friend request on facebook from the family of a child you work with");
    assertThat(added).contains("added", "Topic: friend-requests", "waits for approval");
    String id = added.replaceAll("(?s).*Tip (c\\d+) added.*", "$1");

    assertThat(inChannel(channel, PracticeFixture.CHAMPION, "tips approve " + id))
        .contains("Another champion needs to approve");
    assertThat(inChannel(channel, PracticeFixture.CHAMPION, "/dpcoach tips list"))
        .contains("Waiting for approval", id);
    assertThat(inChannel(channel, PracticeFixture.SECOND_CHAMPION, "dpcoach tips approve " + id))
        .contains("Tip " + id + " approved");
    assertThat(practice.stores.tips())
        .anyMatch(t -> t.tipId().equals(id) && t.approvedBy().equals(Optional.of("aad-champ2")));
  }

  @Test
  void tipsScheduleByChannelMentionAndHere_pauseResumeList_storeTheSlotAndArmTheTimer() {
    String from = added("19:planning@thread.tacv2");
    String target = added("19:north@thread.tacv2");
    ObjectNode mention =
        Activities.mentioningChannel(
            Activities.mentioningBot(
                Activities.channelMessage(
                    serviceUrl,
                    from + ";messageid=" + Activities.nextId(),
                    PracticeFixture.CHAMPION,
                    "tips schedule <at>North</at> mon 09:30")),
            target,
            "<at>North</at>");

    assertThat(inChannel(mention, PracticeFixture.CHAMPION))
        .contains("A tip every mon 09:30 (Europe/London)", "The next one: Monday");
    PracticeFixture.Timed armed =
        practice.timer.stream().filter(t -> t.channel().equals(target)).findFirst().orElseThrow();
    assertThat(armed.platform()).isEqualTo("teams");
    ZonedDateTime local = armed.next().atZone(PracticeSettings.LONDON);
    assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(9, 30));

    assertThat(inChannel(from, PracticeFixture.CHAMPION, "tips schedule here tue 14:00"))
        .contains("A tip every tue 14:00");
    assertThat(practice.stores.schedules()).extracting(TipSchedule::channel).contains(target, from);

    assertThat(inChannel(target, "reader", "tips list")).contains("a tip every mon 09:30.");
    assertThat(inChannel(target, PracticeFixture.CHAMPION, "tips pause")).contains("Tips paused");
    assertThat(schedule(target).paused()).isTrue();
    assertThat(inChannel(target, "reader", "tips list")).contains("(paused)");
    assertThat(inChannel(from, PracticeFixture.CHAMPION, "tips resume #" + target))
        .contains("Tips resumed");
    assertThat(schedule(target).paused()).isFalse();
  }

  @Test
  void tipsNow_champion_postsACardProactivelyToTheChannelWithItsKey() {
    String channel = added("19:tipsnow@thread.tacv2");
    ObjectNode command =
        Activities.mentioningBot(
            Activities.channelMessage(
                serviceUrl,
                channel + ";messageid=" + Activities.nextId(),
                PracticeFixture.CHAMPION,
                "tips now"));

    assertThat(inChannel(command, PracticeFixture.CHAMPION)).contains("Tip posted");

    FakeConnector.Call post = awaitNth(postedTo(channel), 1);
    assertThat(post.replyToId()).isNull();
    assertThat(post.authorization()).isEqualTo("Bearer " + RunningTeams.OUTGOING_TOKEN);
    assertThat(post.allText())
        .contains("Tip of the week: " + TestCoach.engine().knowledge().tips().get(0).title());
    String key = "now:teams:" + channel + ":" + command.path("id").asText();
    assertThat(post.card().path("body").path(0).path("id").asText())
        .isEqualTo(CardMarker.marker(key));
    OutboxEntry entry = practice.stores.outboxStore.find(key).orElseThrow();
    assertThat(entry.state()).isEqualTo(OutboxEntry.State.SENT);
    assertThat(entry.messageId()).get().asString().matches("m\\d+");
  }

  @Test
  void nation_typedInAChannel_championSetsItOthersAreRefused() {
    String channel = added("19:nation@thread.tacv2");

    assertThat(inChannel(channel, "plain", "nation")).contains("This channel follows England");
    assertThat(inChannel(channel, "plain", "nation wales")).contains(REFUSAL);
    assertThat(inChannel(channel, PracticeFixture.CHAMPION, "dpcoach nation wales"))
        .contains("This channel follows Wales");

    assertThat(practice.stores.channelNations.find("teams", channel)).contains(Jurisdiction.WALES);
    assertThat(inChannel(channel, "plain", "tips list")).contains("This channel follows Wales");
  }

  @Test
  void channelCommands_inAPersonalChat_getAHintAndChangeNothing() {
    int sessions = practice.stores.sessions().size();
    int outbox = practice.stores.outbox().size();
    int schedules = practice.stores.schedules().size();
    for (String text :
        List.of(
            "tips now",
            "supervision start",
            "tips schedule mon 09:30",
            "supervision schedule here thu 14:00",
            "nation scotland")) {
      String chat = "a:dm-hint-" + text.hashCode();
      post(Activities.personal(serviceUrl, chat, PracticeFixture.CHAMPION, text));
      FakeConnector.Call answer = awaitNth(c -> chat.equals(c.conversationId()), 1);
      String command = String.join(" ", List.of(text.split(" ")).subList(0, 2));
      assertThat(answer.allText()).as(text).contains("team channel", command);
    }
    assertThat(practice.stores.sessions()).hasSize(sessions);
    assertThat(practice.stores.outbox()).hasSize(outbox);
    assertThat(practice.stores.schedules()).hasSize(schedules);
  }

  @Test
  void supervision_fullSession_stepsInThreadRepliesRedactedDebriefAndPrivateCpd() {
    String channel = added("19:supervision@thread.tacv2");
    assertThat(inChannel(channel, "fac", "supervision start " + SCENARIO))
        .contains("Session started");
    FakeConnector.Call root = awaitNth(postedTo(channel), 1);
    assertThat(root.allText()).contains("Group supervision: ", "Reply in this thread", "Next");
    Session session = session(channel);
    String thread = session.thread().orElseThrow();
    assertThat(root.card().path("actions").path(0).path("data").path("session").asText())
        .isEqualTo(Long.toString(session.id()));
    String inThread = channel + ";messageid=" + thread;

    press(channel, thread, "other", Action.NEXT, session.id());
    assertThat(awaitNth(privateTo("other"), 1).allText())
        .contains("Only the person who started this session");

    press(channel, thread, "fac", Action.NEXT, session.id());
    assertThat(awaitNth(postedTo(inThread), 1).allText()).contains("Step 1 of 5");

    ObjectNode reply =
        Activities.channelMessage(
            serviceUrl, inThread, "mem1", "I'd ring Jane Smith back on 07700 900123 first thing");
    long dropped = app.adapter.redeliveriesDropped();
    post(reply);
    post(reply);
    post(
        Activities.channelMessage(
            serviceUrl, inThread, "mem2", "check the out of hours arrangements"));
    awaitReplies(session.id(), 2);
    assertThat(app.adapter.redeliveriesDropped()).isEqualTo(dropped + 1);
    assertThat(practice.stores.everyStoredText())
        .noneMatch(v -> v.contains("Jane Smith") || v.contains("900123") || v.contains("07700"))
        .anyMatch(v -> v.contains("[PHONE]"));
    assertThat(app.connector.calls(c -> reply.path("id").asText().equals(c.replyToId()))).isEmpty();

    for (int step = 2; step <= 6; step++) {
      press(channel, thread, "fac", Action.NEXT, session.id());
      awaitNth(postedTo(inThread), step);
    }
    FakeConnector.Call debrief = awaitNth(postedTo(inThread), 6);
    assertThat(debrief.allText())
        .contains("Debrief: what the standards say", "📚 Sources", "Save CPD reflection");
    assertThat(debrief.card().path("actions").path(0).path("data").path("dpcoach").asText())
        .isEqualTo(Action.CPD);
    assertThat(practice.stores.replyCount(session.id())).isZero();
    assertThat(practice.stores.everyStoredText())
        .noneMatch(v -> v.contains("out of hours arrangements") || v.contains("Jane Smith"));

    press(channel, thread, "mem1", Action.CPD, session.id());
    FakeConnector.Call cpd = awaitNth(privateTo("mem1"), 1);
    String markdown = cpd.allText().replace("\\", "");
    assertThat(markdown)
        .contains(
            "# CPD record (draft): Group supervision:",
            "**Peer reflection:** yes",
            "## What I did",
            "## What I learned",
            "## Impact on my practice",
            "I contributed 1 reply");
    assertThat(cpd.card().toString()).contains("Monospace");
    assertThat(app.connector.calls(postedTo(channel))).hasSize(1);
    assertThat(app.connector.calls(postedTo(inThread))).hasSize(6);
    assertThat(app.connector.calls(privateTo("fac"))).hasSize(1);
  }

  @Test
  void supervisionSkip_byTheFacilitator_endsTheSessionInTheThread() {
    String channel = added("19:skip@thread.tacv2");
    inChannel(channel, "fac2", "supervision start " + SCENARIO);
    awaitNth(postedTo(channel), 1);
    Session session = session(channel);
    String thread = session.thread().orElseThrow();

    press(channel, thread, "fac2", Action.SKIP, session.id());

    assertThat(awaitNth(postedTo(channel + ";messageid=" + thread), 1).allText())
        .contains("Scenario skipped");
    assertThat(practice.stores.sessionStore.find(session.id()).orElseThrow().state())
        .isEqualTo(Session.State.SKIPPED);
  }

  @Test
  void unmentionedMessages_inAChannelOrGroupChat_getNoAnswer() throws InterruptedException {
    String channel = added("19:quiet@thread.tacv2");
    ObjectNode inChannel =
        Activities.channelMessage(
            serviceUrl,
            channel + ";messageid=" + Activities.nextId(),
            "q1",
            "can I accept a friend request from a service user's mum?");
    ObjectNode inGroup =
        Activities.activity("message", serviceUrl, "19:group@thread.v2", "groupChat", "q2");
    inGroup.put("text", "tips list");
    long before = app.adapter.turnsStarted();

    post(inChannel);
    post(inGroup);

    long end = System.nanoTime() + WAIT.toNanos();
    while (app.adapter.turnsStarted() < before + 2 && System.nanoTime() < end) {
      Thread.sleep(5);
    }
    Thread.sleep(300);
    assertThat(
            app.connector.calls(
                c ->
                    String.valueOf(c.conversationId()).startsWith(channel)
                        && !c.body().path("summary").asText().startsWith("dpcoach: your")))
        .as("anything but the welcome card")
        .isEmpty();
    assertThat(app.connector.calls(c -> "19:group@thread.v2".equals(c.conversationId()))).isEmpty();
    assertThat(app.connector.calls(privateTo("q2"))).isEmpty();

    post(Activities.mentioningBot(inGroup.deepCopy().put("id", Activities.nextId())));
    assertThat(awaitNth(privateTo("q2"), 1).allText()).contains("tips in the library");
  }

  @Test
  void redeliveredQuestion_isAnsweredOnce() throws InterruptedException {
    ObjectNode question =
        Activities.personal(serviceUrl, "a:dm-redelivered", "r1", "can I use whatsapp for work?");

    post(question);
    post(question);

    awaitNth(c -> "a:dm-redelivered".equals(c.conversationId()), 1);
    Thread.sleep(300);
    assertThat(app.connector.calls(c -> "a:dm-redelivered".equals(c.conversationId()))).hasSize(1);
  }

  @Test
  void channelPosterFind_withGraph_findsTheKeyedPostAcrossPagesAndNothingElse() {
    String channel = added("19:graph@thread.tacv2");
    String key = "tip:teams:" + channel + ":1790000000";
    String id =
        app.poster.post(channel, Optional.empty(), key, Message.note("Tip", "text")).orElseThrow();
    FakeConnector.Call posted = awaitNth(postedTo(channel), 1);
    Instant now = Instant.now();
    graph.add(Activities.TEAM_GROUP, channel, id, now.minusSeconds(60), posted.card().toString());
    for (int i = 0; i < 3; i++) {
      graph.add(Activities.TEAM_GROUP, channel, "newer-" + i, now.minusSeconds(i), null);
    }
    graph.add(Activities.TEAM_GROUP, channel, "old", now.minus(Duration.ofDays(30)), null);
    graph.add(
        Activities.TEAM_GROUP,
        channel,
        "old-but-replied-to",
        now.minus(Duration.ofDays(20)),
        now,
        null); // listed first: an old message must not end the search

    assertThat(app.poster.find(channel, key, now.minus(Duration.ofHours(1)))).contains(id);
    assertThat(
            app.poster.find(channel, "tip:teams:" + channel + ":1", now.minus(Duration.ofHours(1))))
        .isEmpty();
    assertThat(app.poster.find("19:unknown@thread.tacv2", key, Instant.EPOCH)).isEmpty();

    assertThat(graph.tokenRequests()).hasSize(1);
    FakeGraph.TokenRequest token = graph.tokenRequests().get(0);
    assertThat(token.tenant()).isEqualTo(Activities.TENANT);
    assertThat(token.form())
        .containsEntry("grant_type", "client_credentials")
        .containsEntry("client_id", TestTokens.APP_ID);
    // msal4j adds the OpenID Connect scopes to every grant; the only resource asked for is Graph
    assertThat(token.form().get("scope").split(" "))
        .containsExactlyInAnyOrder(
            "https://graph.microsoft.com/.default", "openid", "profile", "offline_access");
  }

  @Test
  void channelMessageWithoutTheGroupId_keepsTheTeamIdTheInstallGave() {
    String channel = added("19:keepteam@thread.tacv2");

    post(Activities.channelMention(serviceUrl, channel, "k1", "hello"));

    awaitNth(c -> String.valueOf(c.conversationId()).startsWith(channel + ";messageid="), 1);
    assertThat(app.references.find(channel).orElseThrow().teamId()).contains(Activities.TEAM_GROUP);
  }

  @Test
  void channelPosterFind_withoutGraph_findsNothing() {
    var local = TeamsAdapter.channelPoster(TeamsSettings.local(), app.references);
    assertThat(local.platform()).isEqualTo("teams");
    assertThat(local.find("19:graph@thread.tacv2", "tip:teams:x:1", Instant.EPOCH)).isEmpty();
  }

  @Test
  void channelPoster_referenceOffTheAllowList_isRefusedAndNothingIsSent() {
    try (FakeConnector attacker = new FakeConnector("127.0.0.2")) {
      app.references.remember(
          new ConversationAddress(
              "19:planted@thread.tacv2",
              attacker.serviceUrl(),
              Optional.of(Activities.TENANT),
              Optional.of("channel"),
              Activities.BOT_ID,
              Optional.empty(),
              Optional.of(Activities.TEAM_GROUP)));

      assertThat(
              app.poster.post(
                  "19:planted@thread.tacv2", Optional.empty(), "k", Message.note("Tip", "text")))
          .isEmpty();
      assertThat(app.poster.find("19:planted@thread.tacv2", "k", Instant.EPOCH)).isEmpty();
      assertThat(attacker.requests()).isZero();
    }
  }

  private static Session session(String channel) {
    return practice.stores.sessions().stream()
        .filter(s -> s.channel().equals(channel) && s.thread().isPresent())
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  private static TipSchedule schedule(String channel) {
    return practice.stores.scheduleStore.find("teams", channel).orElseThrow();
  }

  private static void awaitReplies(long session, int count) {
    long end = System.nanoTime() + WAIT.toNanos();
    while (practice.stores.replyCount(session) < count && System.nanoTime() < end) {
      Thread.onSpinWait();
    }
    assertThat(practice.stores.replyCount(session)).isEqualTo(count);
  }
}
