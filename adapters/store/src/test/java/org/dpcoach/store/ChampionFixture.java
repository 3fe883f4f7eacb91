package org.dpcoach.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dpcoach.core.guard.Finding;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.guard.Redaction;
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
import org.dpcoach.testkit.MutableClock;

/**
 * The champions' desk on a database, posting through a publisher to a {@link FakePoster}, with a
 * stand-in guard (names and long digit runs; the real guard is tested with the adapters).
 */
final class ChampionFixture {
  static final String CHANNEL = "CCHAMPS";
  static final String CHAMPION = "UCHAMP";
  static final Person ASKER = person("UASK", "Sam Asker");
  static final Person CHAMP = person(CHAMPION, "Chris Champion");
  static final Person CHAMP_THERE =
      new Person(new Caller("slack", CHAMPION, CHANNEL), "Chris Champion", CHAMPION);
  static final Person OTHER = person("UOTHER", "Olly Other");
  private static final Pattern NAME = Pattern.compile("Jane Smith");
  private static final Pattern DIGITS = Pattern.compile("\\d[\\d ]{6,}\\d");

  /** Replaces the canary name and digit runs, as the guard would. */
  static final PersonalDataGuard GUARD =
      text -> {
        String out = NAME.matcher(text).replaceAll("[NAME]");
        String after = DIGITS.matcher(out).replaceAll("[PHONE]");
        return new Redaction(
            after, after.equals(text) ? List.of() : List.of(new Finding(Finding.Kind.NAME, 0, 1)));
      };

  final ChampionDesk desk;
  final TipPublisher publisher;

  ChampionFixture(Database db, FakePoster poster, MutableClock clock, String owner) {
    PracticeSettings practice =
        PracticeSettings.of(Champions.of(List.of(CHAMPION))).toBuilder()
            .clock(clock)
            .lease(Duration.ofMinutes(2))
            .build();
    TipPublisher base =
        new TipPublisher(
            db.outbox(),
            db.schedules(),
            new TipLibrary(Fixtures.kb(), db.tips()),
            Map.of("slack", poster),
            practice,
            owner);
    ChampionSettings settings =
        new ChampionSettings(
            practice.champions(),
            Map.of("slack", CHANNEL),
            WorkingHours.officeHours(),
            clock,
            Fixtures.kb().dialogue());
    publisher =
        base.withOtherPosts(
            new ChampionPosts(db.championQuestions(), db.outbox(), settings.dialogue()));
    desk =
        new ChampionDesk(
            settings,
            db.championQuestions(),
            db.outbox(),
            publisher,
            text -> text.contains("WhatsApp") ? Optional.of("messaging-apps") : Optional.empty(),
            GUARD);
  }

  static Person person(String user, String name) {
    return new Person(new Caller("slack", user, "D" + user), name, user);
  }
}
