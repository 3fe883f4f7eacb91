package org.dpcoach.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dpcoach.core.model.Alternative;
import org.dpcoach.core.model.Citation;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.ReplyPart.Notice;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.model.TopicRef;
import org.dpcoach.core.nlp.Ranking;
import org.dpcoach.core.nlp.TopicScore;
import org.dpcoach.knowledge.Dialogue;
import org.dpcoach.knowledge.Employer;
import org.dpcoach.knowledge.Jurisdiction;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.Policy;
import org.dpcoach.knowledge.Topic;

/** Words a decision as a reply, from the knowledge only, in the practitioner's jurisdiction. */
final class AnswerComposer {
  private static final int ALTERNATIVES = 3;

  private final KnowledgeBase kb;
  private final Jurisdiction nation;
  private final Dialogue dialogue;

  AnswerComposer(KnowledgeBase kb, Jurisdiction nation) {
    this.kb = kb;
    this.nation = nation;
    this.dialogue = kb.dialogue();
  }

  Reply compose(Decision decision, List<Notice> notices, boolean privately, LocalDate today) {
    List<ReplyPart> parts = new ArrayList<>(notices);
    switch (decision.route()) {
      case ANSWER -> {
        if (decision.kind() == Decision.Kind.FOLLOW_UP) {
          parts.add(new Notice(Notice.Kind.FOLLOW_UP, dialogue.text("follow_up")));
        }
        answer(topic(decision.topic()), today, parts);
      }
      case CLARIFY ->
          parts.add(
              new ReplyPart.Choices(
                  dialogue.text("clarify"), refs(TurnResolver.topTopics(decision.ranking(), 3))));
      case ESCALATE -> escalate(parts);
      case FALLBACK -> {
        Topic fallback = topic(TurnResolver.OUT_OF_SCOPE);
        boolean unreadable = decision.kind() == Decision.Kind.UNREADABLE;
        parts.add(
            new ReplyPart.Summary(
                fallback.title(), unreadable ? dialogue.text("unreadable") : fallback.summary()));
      }
      case SMALLTALK ->
          parts.add(
              new ReplyPart.Summary(
                  topic(TurnResolver.SMALLTALK).title(), topic(TurnResolver.SMALLTALK).summary()));
    }
    return new Reply(
        decision.route(),
        decision.topic(),
        round(decision.confidence()),
        alternatives(decision),
        parts,
        privately,
        kb.version());
  }

  /** A reply on a topic chosen by the person (a button), at full confidence. */
  Reply chosen(String topicId, LocalDate today) {
    List<ReplyPart> parts = new ArrayList<>();
    answer(topic(topicId), today, parts);
    return new Reply(Route.ANSWER, topicId, 1.0, List.of(), parts, false, kb.version());
  }

  /** The help reply for an empty message. */
  Reply help(List<Notice> notices) {
    List<ReplyPart> parts = new ArrayList<>(notices);
    parts.add(new ReplyPart.Summary(topic(TurnResolver.SMALLTALK).title(), dialogue.text("help")));
    return new Reply(
        Route.SMALLTALK, TurnResolver.SMALLTALK, 1.0, List.of(), parts, false, kb.version());
  }

  /** Every topic as a choice. */
  Reply topics() {
    List<ReplyPart> parts =
        List.of(
            new ReplyPart.Choices(
                dialogue.text("help"),
                kb.topics().stream().map(t -> new TopicRef(t.id(), t.title())).toList()));
    return new Reply(
        Route.SMALLTALK, TurnResolver.SMALLTALK, 1.0, List.of(), parts, false, kb.version());
  }

  private void answer(Topic topic, LocalDate today, List<ReplyPart> parts) {
    parts.add(new ReplyPart.Summary(topic.title(), topic.summary()));
    parts.add(new ReplyPart.Points(topic.dos(), topic.donts()));
    kb.employer()
        .ifPresent(
            employer ->
                employer
                    .policy(topic.id())
                    .ifPresent(p -> parts.add(employerSays(employer, p, today))));
    if (!topic.noteFor(nation).isEmpty()) {
      parts.add(new ReplyPart.NationNote(nation.displayName(), topic.noteFor(nation)));
    }
    parts.add(sources(topic));
    List<TopicRef> related =
        topic.related().stream()
            .map(this::topic)
            .map(t -> new TopicRef(t.id(), t.title()))
            .toList();
    if (!related.isEmpty()) {
      parts.add(new ReplyPart.Related(related));
    }
  }

  private void escalate(List<ReplyPart> parts) {
    Topic emergency = topic(SafeguardingRouter.EMERGENCY);
    parts.add(new ReplyPart.Summary(emergency.title(), emergency.summary()));
    List<String> contacts = new ArrayList<>();
    kb.employer()
        .flatMap(e -> e.contact("safeguarding_duty_team"))
        .ifPresent(c -> contacts.add(c.oneLine()));
    contacts.add("Emergency services: 999 when a life is at risk or a crime is happening now");
    parts.add(new ReplyPart.Contacts(contacts));
    if (!emergency.dos().isEmpty()) {
      parts.add(new ReplyPart.Points(emergency.dos(), emergency.donts()));
    }
    parts.add(new Notice(Notice.Kind.NO_REFERRAL, dialogue.text("no_referral")));
    parts.add(sources(emergency));
  }

  private ReplyPart.EmployerSays employerSays(Employer employer, Policy policy, LocalDate today) {
    boolean overdue = policy.overdue(today);
    String note =
        overdue
            ? dialogue
                .text("overdue_policy")
                .replace("{date}", policy.reviewBy().toString())
                .replace("{owner}", policy.owner())
            : "";
    return new ReplyPart.EmployerSays(
        employer.name(),
        policy.stance(),
        policy.says(),
        policy.document(),
        policy.owner(),
        policy.reviewBy(),
        overdue,
        note);
  }

  private ReplyPart.Sources sources(Topic topic) {
    List<Citation> citations =
        topic.sourcesFor(nation).stream()
            .map(
                s ->
                    new Citation(
                        s.document().titleWithYear(),
                        s.section(),
                        s.point(),
                        s.document().standing()))
            .toList();
    return new ReplyPart.Sources(citations, kb.version());
  }

  private List<Alternative> alternatives(Decision decision) {
    Ranking ranking = decision.ranking();
    return ranking.scores().stream()
        .filter(s -> !s.topic().equals(decision.topic()))
        .limit(ALTERNATIVES)
        .map(s -> new Alternative(s.topic(), round(s.confidence())))
        .toList();
  }

  private List<TopicRef> refs(List<TopicScore> scores) {
    return scores.stream()
        .map(s -> topic(s.topic()))
        .map(t -> new TopicRef(t.id(), t.title()))
        .toList();
  }

  private Topic topic(String id) {
    return kb.entry(id)
        .orElseThrow(() -> new IllegalStateException("no knowledge entry '" + id + "'"));
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
