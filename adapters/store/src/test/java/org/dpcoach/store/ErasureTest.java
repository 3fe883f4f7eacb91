package org.dpcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.core.model.Feedback;
import org.dpcoach.core.model.Origin;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.model.WeeklySlot;
import org.dpcoach.core.port.ChampionQuestions;
import org.dpcoach.core.port.ConversationAddress;
import org.dpcoach.core.port.ConversationContext;
import org.dpcoach.core.port.Session;
import org.dpcoach.core.port.SessionSchedule;
import org.dpcoach.core.port.TipSchedule;
import org.dpcoach.core.port.TurnLog;
import org.dpcoach.knowledge.Jurisdiction;
import org.dpcoach.support.Inbox;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Erasure: everything naming one person goes (or is anonymised) in every table; another person's
 * rows stay. Also the follow-up context store and the retention of short-lived rows.
 */
class ErasureTest {
  static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
  static final WeeklySlot MONDAY = new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 30));

  @TempDir Path temp;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void erase_onePerson_nothingAboutThemLeftAndOthersKept(String vendor) throws Exception {
    StoreSettings settings = vendor.equals("h2") ? Fixtures.h2(temp) : Fixtures.postgres();
    try (Database db = Database.open(settings)) {
      fill(db, "U1", "U2", "C1");
      fill(db, "U2", "U3", "C2");
      Map<String, Integer> before = db.heldAbout("U1");
      Map<String, Integer> otherBefore = db.heldAbout("U2");

      Map<String, Integer> changed = db.erase("U1");
      Map<String, Integer> after = db.heldAbout("U1");

      System.out.printf("erase U1 on %s%n", vendor);
      before.forEach(
          (table, n) ->
              System.out.printf(
                  "  %-24s before %d, erased %d, after %d%n",
                  table, n, changed.get(table), after.get(table)));
      assertThat(before.values()).allMatch(n -> n > 0);
      assertThat(after.values()).allMatch(n -> n == 0);
      assertThat(changed).isEqualTo(before);
      assertThat(db.heldAbout("U2")).isEqualTo(otherBefore);
      assertThat(db.tips().all()).hasSize(2); // the tips stay, without the person's id
    }
  }

  private static void fill(Database db, String user, String other, String channel) {
    Inbox inbox = db.inbox("a", Duration.ofSeconds(30), Duration.ofSeconds(5));
    inbox.record(Inbox.Delivery.of("slack:event:" + user, "slack", "ask", user, "{}", false));
    db.tips().add("data-breach", "a tip", user, Optional.of(other), AT);
    db.schedules().save(new TipSchedule("slack", channel, MONDAY, false, user, AT));
    db.sessions()
        .saveSchedule(
            new SessionSchedule(
                "slack", channel, MONDAY, Optional.empty(), false, false, user, AT));
    Session s =
        db.sessions().create("slack", channel, "late-night-message", user, AT, Optional.empty());
    db.sessions().reply(s.id(), user, 1, "a redacted reply", AT);
    ChampionQuestions questions = db.championQuestions();
    long asked =
        questions
            .ask(
                new ChampionQuestions.Draft(
                    "slack", user, "Asker " + user, user, "a redacted question", "none", AT),
                channel)
            .id();
    questions.answer(asked, "C-" + user, "Champion", "a redacted answer", AT);
    long answered =
        questions
            .ask(
                new ChampionQuestions.Draft(
                    "slack", "A-" + user, "Other", "A-" + user, "a question", "none", AT),
                channel)
            .id();
    questions.take(answered, user, "Champion " + user, AT);
    questions.answer(answered, user, "Champion " + user, "an answer", AT);
    questions.setChannel("p-" + user, channel, user, AT);
    db.outbox()
        .plan("champion:" + asked + ":answer", "slack", user, AT, c -> "champion:answer", AT);
    db.conversations(Clock.fixed(AT, ZoneOffset.UTC))
        .remember(
            new ConversationAddress(
                "a:personal-" + user,
                "https://smba.trafficmanager.net/uk/",
                Optional.of("tenant"),
                Optional.of("personal"),
                "28:bot",
                Optional.of(user),
                Optional.empty()));
    ConversationContext context =
        new ConversationContext(
            Optional.of("friend-requests"), Optional.empty(), Optional.of(Jurisdiction.WALES), AT);
    db.contexts().save("a:personal-" + user, context);
    db.contexts().save(channel + ":" + user, context);
    InsightsRecorder insights =
        db.insightsRecorder(true, java.time.Clock.fixed(AT, ZoneOffset.UTC));
    Origin origin = new Origin("slack", "T1", "dm");
    insights.record(
        new TurnLog.Entry(
            AT,
            user,
            origin,
            Jurisdiction.WALES,
            Route.FALLBACK,
            "out-of-scope",
            Optional.empty(),
            0.9,
            false,
            Optional.of("a redacted question")));
    db.insights().rememberRecipient(new InsightsQueries.Recipient("slack", user, "D-" + user), AT);
    insights.record(
        new Feedback(
            "friend-requests",
            "v",
            false,
            Optional.of("more on LinkedIn"),
            Optional.empty(),
            user,
            origin));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void contexts_savedOnOneInstance_foundOnAnotherAndReplaced(String vendor) throws Exception {
    StoreSettings settings = vendor.equals("h2") ? Fixtures.h2(temp) : Fixtures.postgres();
    try (Database a = Database.open(settings);
        Database b = Database.open(settings)) {
      ConversationContext first =
          new ConversationContext(
              Optional.of("friend-requests"), Optional.of("case-1"), Optional.empty(), AT);
      a.contexts().save("D1", first);
      assertThat(b.contexts().find("D1")).contains(first);

      ConversationContext second =
          new ConversationContext(
              Optional.of("whatsapp"),
              Optional.empty(),
              Optional.of(Jurisdiction.NORTHERN_IRELAND),
              AT.plusSeconds(60));
      b.contexts().save("D1", second);
      assertThat(a.contexts().find("D1")).contains(second);

      a.contexts().forget("D1");
      assertThat(b.contexts().find("D1")).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void purge_oldContextPausedSchedulesAndUnscheduledReferences_removed(String vendor)
      throws Exception {
    StoreSettings settings = vendor.equals("h2") ? Fixtures.h2(temp) : Fixtures.postgres();
    try (Database db = Database.open(settings)) {
      Instant old = AT.minus(Duration.ofDays(100));
      db.contexts().save("D1", ConversationContext.empty(AT.minus(Duration.ofDays(2))));
      db.contexts().save("D2", ConversationContext.empty(AT));
      db.schedules().save(new TipSchedule("slack", "C1", MONDAY, true, "U1", old));
      db.schedules().save(new TipSchedule("slack", "C2", MONDAY, false, "U1", old));
      db.schedules()
          .save(new TipSchedule("teams", "19:kept@thread.tacv2", MONDAY, false, "U1", old));
      for (String id : new String[] {"19:kept@thread.tacv2", "19:gone@thread.tacv2"}) {
        db.conversations(Clock.fixed(old, ZoneOffset.UTC))
            .remember(
                new ConversationAddress(
                    id,
                    "https://smba.trafficmanager.net/uk/",
                    Optional.empty(),
                    Optional.of("channel"),
                    "28:bot",
                    Optional.empty(),
                    Optional.empty()));
      }

      Map<String, Integer> removed = db.purge(AT);

      assertThat(removed)
          .containsEntry("conversation_context", 1)
          .containsEntry("tip_schedule", 1)
          .containsEntry("teams_conversation", 1);
      assertThat(db.contexts().find("D2")).isPresent();
      assertThat(db.schedules().find("slack", "C2")).isPresent();
      assertThat(db.conversations(Clock.systemUTC()).find("19:kept@thread.tacv2")).isPresent();
    }
  }
}
