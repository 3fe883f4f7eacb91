package org.dpcoach.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.Policy;
import org.dpcoach.knowledge.Topic;

/** Knowledge due for review: topics and employer policies whose review date is within 90 days. */
final class ReviewDue {
  static final int WITHIN_DAYS = 90;

  private ReviewDue() {}

  private record Due(String what, String owner, LocalDate by) {}

  static Table table(KnowledgeBase kb, LocalDate today) {
    LocalDate horizon = today.plusDays(WITHIN_DAYS);
    List<Due> due = new ArrayList<>();
    for (Topic t : kb.topics()) {
      if (!t.reviewBy().isAfter(horizon)) {
        due.add(new Due("Topic: " + t.title(), t.owner(), t.reviewBy()));
      }
    }
    kb.employer()
        .ifPresent(
            e -> {
              for (Policy p : e.policies().values()) {
                if (!p.reviewBy().isAfter(horizon)) {
                  String topic = kb.entry(p.topic()).map(Topic::title).orElse(p.topic());
                  due.add(new Due("Employer policy: " + topic, p.owner(), p.reviewBy()));
                }
              }
            });
    due.sort(Comparator.comparing(Due::by).thenComparing(Due::what));
    List<Table.Row> rows = new ArrayList<>();
    for (Due d : due) {
      long days = ChronoUnit.DAYS.between(today, d.by());
      String status =
          days < 0
              ? "overdue by " + -days + " days"
              : days == 0 ? "due today" : "due in " + days + " days";
      rows.add(
          new Table.Row(
              d.what(),
              List.of(
                  Table.Value.text(d.owner()),
                  Table.Value.text(d.by().toString()),
                  Table.Value.text(status)),
              false));
    }
    return new Table(
        "review",
        "Knowledge due for review in the next " + WITHIN_DAYS + " days (and overdue)",
        List.of("What", "Owner", "Review by", "Status"),
        rows,
        Table.Chart.NONE,
        false);
  }
}
