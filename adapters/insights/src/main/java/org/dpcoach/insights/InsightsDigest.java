package org.dpcoach.insights;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.model.WeeklySlot;
import org.dpcoach.core.port.OutboxEntry;
import org.dpcoach.core.port.OutboxStore;
import org.dpcoach.core.practice.TipPublisher;
import org.dpcoach.knowledge.Jurisdiction;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.Tip;
import org.dpcoach.store.InsightsQueries;
import org.dpcoach.store.InsightsQueries.Recipient;
import org.dpcoach.store.InsightsRecorder;

/**
 * The weekly digest each champion gets in their DM or personal chat on Monday morning: last week's
 * five most-asked topics, the answer most often found not helpful in the last four weeks, and a tip
 * to share on the most-asked topic; the same figures as the page (suppressed and rounded). Each
 * champion's digest for a week is one outbox entry, so it is posted exactly once however often the
 * slot fires or an instance dies, and reconciled like a tip.
 */
public final class InsightsDigest {
  /** Monday 09:00, London time. */
  public static final WeeklySlot SLOT = new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0));

  /** The db-scheduler task that fires it. */
  public static final String TASK = "dpcoach-insights-digest";

  static final String PREFIX = "insights-digest:";
  static final Duration LATEST = Duration.ofHours(24);
  static final int TOP = 5;

  private final ReportBuilder builder;
  private final InsightsQueries queries;
  private final KnowledgeBase kb;
  private final Jurisdiction nation;
  private final Clock clock;

  InsightsDigest(
      ReportBuilder builder,
      InsightsQueries queries,
      KnowledgeBase kb,
      Jurisdiction nation,
      Clock clock) {
    this.builder = builder;
    this.queries = queries;
    this.kb = kb;
    this.nation = nation;
    this.clock = clock;
  }

  /**
   * The slot fired: plans each recipient's digest for the week before the slot in the outbox and
   * posts it through the publisher (a slot more than a day late is skipped). Returns how many it
   * posted now.
   */
  public int fire(Instant slot, OutboxStore outbox, TipPublisher publisher) {
    Instant now = clock.instant();
    if (now.isAfter(slot.plus(LATEST))) {
      return 0;
    }
    LocalDate week = InsightsRecorder.week(slot).minusWeeks(1);
    int posted = 0;
    for (Recipient r : queries.recipients()) {
      String key = "digest:" + r.platform() + ":" + r.user() + ":" + week;
      outbox.plan(key, r.platform(), r.channel(), slot, counts -> PREFIX + week, now);
      if (publisher.deliver(key) == TipPublisher.Outcome.POSTED) {
        posted++;
      }
    }
    return posted;
  }

  /** The digest of an outbox entry (its id names the week), or empty for other entries. */
  public Optional<Message> message(OutboxEntry entry) {
    if (!entry.tipId().startsWith(PREFIX)) {
      return Optional.empty();
    }
    return Optional.of(compose(LocalDate.parse(entry.tipId().substring(PREFIX.length()))));
  }

  /** The digest for the week starting on the Monday. */
  Message compose(LocalDate monday) {
    LocalDate sunday = monday.plusDays(6);
    Report week = builder.build(monday, sunday, Optional.empty(), sunday);
    Report month = builder.build(monday.minusWeeks(3), sunday, Optional.empty(), sunday);
    List<String> paragraphs = new ArrayList<>();
    List<Table.Row> top = shown(week.weekly(), InsightsDigest::rowTotal);
    paragraphs.add(mostAsked(top));
    paragraphs.add(mostNotHelpful(shown(month.feedback(), row -> row.values().get(1))));
    List<String> sources = new ArrayList<>();
    Optional<Tip> tip = tipFor(top);
    tip.ifPresent(t -> paragraphs.add(tipParagraph(top.get(0).label(), t)));
    tip.ifPresent(t -> t.sourcesFor(nation).forEach(source -> sources.add(source.citation())));
    paragraphs.add(
        "For the whole picture, ask me for insights (`/dpcoach insights` in Slack, `insights` in"
            + " Teams): you get a private link that works for 15 minutes.");
    return Message.of(
        "Your weekly insights: week of " + InsightsPage.DAY.format(monday),
        paragraphs,
        sources,
        List.of());
  }

  /** The paragraph listing last week's most-asked topics, or saying there is nothing to show. */
  private static String mostAsked(List<Table.Row> top) {
    if (top.isEmpty()) {
      return "Most asked last week: no topic had questions from at least 5 people, so there is"
          + " nothing to show.";
    }
    StringBuilder list = new StringBuilder("Most asked last week:");
    for (int i = 0; i < top.size(); i++) {
      Table.Row row = top.get(i);
      list.append("\n")
          .append(i + 1)
          .append(". ")
          .append(row.label())
          .append(" (")
          .append(rowTotal(row).text())
          .append(" questions)");
    }
    return list.toString();
  }

  /** The paragraph naming the answer with the most Not helpful votes, or saying there is none. */
  private static String mostNotHelpful(List<Table.Row> unhelpful) {
    if (unhelpful.isEmpty()) {
      return "Most often not helpful (last 4 weeks): no answer had Not helpful votes from at"
          + " least 5 people.";
    }
    Table.Row first = unhelpful.get(0);
    return "Most often not helpful (last 4 weeks): "
        + first.label()
        + ", "
        + first.values().get(1).text()
        + " Not helpful votes"
        + (first.values().get(3).hidden()
            ? "."
            : " (" + first.values().get(3).text() + " of its votes).")
        + " The comments are on the insights page.";
  }

  /** The first tip suited to the nation on the most-asked topic, if any topic was shown. */
  private Optional<Tip> tipFor(List<Table.Row> top) {
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> ids = new HashMap<>();
    kb.topics().forEach(t -> ids.put(t.title(), t.id()));
    String topic = ids.get(top.get(0).label());
    return kb.tips().stream().filter(t -> t.topic().equals(topic) && t.suits(nation)).findFirst();
  }

  /** The paragraph offering the tip on the most-asked topic. */
  private static String tipParagraph(String topic, Tip tip) {
    return "A tip to share on " + topic + ": " + tip.title() + ". " + tip.text();
  }

  /** A weekly row's last figure: its total. */
  private static Table.Value rowTotal(Table.Row row) {
    return row.values().get(row.values().size() - 1);
  }

  /** The table's non-total rows whose chosen figure is shown and not zero, largest first. */
  private static List<Table.Row> shown(
      Table table, java.util.function.Function<Table.Row, Table.Value> figure) {
    return table.rows().stream()
        .filter(r -> !r.total())
        .filter(r -> figure.apply(r).number() != null && figure.apply(r).number() > 0)
        .sorted(Comparator.comparingDouble((Table.Row r) -> -figure.apply(r).number()))
        .limit(TOP)
        .toList();
  }
}
