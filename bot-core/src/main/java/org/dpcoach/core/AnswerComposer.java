package org.dpcoach.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dpcoach.core.model.Alternative;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.ReplyPart.Notice;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.model.TopicRef;
import org.dpcoach.core.nlp.Ranking;
import org.dpcoach.core.nlp.TopicScore;
import org.dpcoach.knowledge.Case;
import org.dpcoach.knowledge.Dialogue;
import org.dpcoach.knowledge.Jurisdiction;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.Topic;

/**
 * Words a decision as a reply, from the knowledge only, in the nation in force for the turn: the
 * short answer first (the case's, or the topic's summary when no case is confident), then the full
 * guidance.
 */
final class AnswerComposer {
  private static final int ALTERNATIVES = 3;

  /**
   * The share of its topic a case needs to answer, and its lead over the runner-up; below them the
   * topic's summary answers. Chosen by cross-validation on the cases' training questions
   * (CaseStageExperiment): more right cases and fewer wrong ones than any setting near them.
   */
  static final double CASE_FLOOR = 0.30;

  static final double CASE_MARGIN = 0.0;

  private final KnowledgeBase kb;
  private final Dialogue dialogue;
  private final AnswerParts answers;

  AnswerComposer(KnowledgeBase kb) {
    this.kb = kb;
    this.dialogue = kb.dialogue();
    this.answers = new AnswerParts(kb);
  }

  /** What the composer needs to know about the turn besides the decision. */
  record Setting(Jurisdiction nation, LocalDate today) {}

  /** The reply for a decision: the notices, then the route's own parts. */
  Reply compose(
      Decision decision,
      List<Notice> notices,
      boolean privately,
      Setting setting,
      CaseModel.Choice cases) {
    List<ReplyPart> parts = new ArrayList<>(notices);
    switch (decision.route()) {
      case ANSWER -> answer(decision, cases, setting, parts);
      case CLARIFY -> parts.add(clarify(decision));
      case ESCALATE -> escalate(parts, setting.nation());
      case FALLBACK -> parts.add(fallback(decision));
      case SMALLTALK -> parts.add(smalltalk());
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

  /** A reply on a topic or case chosen by the person (a button), at full confidence. */
  Reply chosen(Topic topic, Optional<Case> chosen, List<Notice> notices, Setting setting) {
    List<ReplyPart> parts = new ArrayList<>(notices);
    answers.add(topic, chosen, Optional.empty(), setting, parts);
    return new Reply(Route.ANSWER, topic.id(), 1.0, List.of(), parts, false, kb.version());
  }

  /** The confident case of a ranking, if any. */
  Optional<Case> chosenCase(CaseModel.Choice cases) {
    return cases
        .best()
        .filter(best -> best.confidence() >= CASE_FLOOR)
        .filter(best -> best.confidence() - cases.runnerUp() >= CASE_MARGIN)
        .flatMap(best -> kb.caseById(best.topic()));
  }

  private Optional<Case> runnerUp(CaseModel.Choice cases) {
    List<TopicScore> ranked = cases.ranked();
    int at = chosenCase(cases).isPresent() ? 1 : 0;
    return ranked.size() > at ? kb.caseById(ranked.get(at).topic()) : Optional.empty();
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

  /** The answer on the decided topic, marked as a follow-up when it is one. */
  private void answer(
      Decision decision, CaseModel.Choice cases, Setting setting, List<ReplyPart> parts) {
    if (decision.kind() == Decision.Kind.FOLLOW_UP) {
      parts.add(new Notice(Notice.Kind.FOLLOW_UP, dialogue.text("follow_up")));
    }
    answers.add(topic(decision.topic()), chosenCase(cases), runnerUp(cases), setting, parts);
  }

  /** "Did you mean": the top three topics as choices. */
  private ReplyPart clarify(Decision decision) {
    return new ReplyPart.Choices(
        dialogue.text("clarify"), refs(TurnResolver.topTopics(decision.ranking(), 3)));
  }

  /** Out of scope, or unreadable. */
  private ReplyPart fallback(Decision decision) {
    Topic fallback = topic(TurnResolver.OUT_OF_SCOPE);
    boolean unreadable = decision.kind() == Decision.Kind.UNREADABLE;
    return new ReplyPart.Summary(
        fallback.title(), unreadable ? dialogue.text("unreadable") : fallback.summary());
  }

  private ReplyPart smalltalk() {
    Topic smalltalk = topic(TurnResolver.SMALLTALK);
    return new ReplyPart.Summary(smalltalk.title(), smalltalk.summary());
  }

  private void escalate(List<ReplyPart> parts, Jurisdiction nation) {
    Topic emergency = topic(SafeguardingRouter.EMERGENCY);
    parts.add(new ReplyPart.Summary(emergency.title(), emergency.summary()));
    List<String> contacts = new ArrayList<>();
    kb.employer()
        .flatMap(e -> e.contact("safeguarding_duty_team"))
        .ifPresent(c -> contacts.add(c.oneLine()));
    contacts.add(dialogue.text("emergency_services"));
    parts.add(new ReplyPart.Contacts(contacts));
    if (!emergency.dos().isEmpty()) {
      parts.add(new ReplyPart.Points(emergency.dos(), emergency.donts()));
    }
    parts.add(new Notice(Notice.Kind.NO_REFERRAL, dialogue.text("no_referral")));
    parts.add(answers.sources(emergency, Optional.empty(), nation));
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
