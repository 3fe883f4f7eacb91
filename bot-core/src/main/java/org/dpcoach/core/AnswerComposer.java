package org.dpcoach.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dpcoach.core.model.Alternative;
import org.dpcoach.core.model.Citation;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.ReplyPart.Notice;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.model.TopicRef;
import org.dpcoach.core.nlp.Ranking;
import org.dpcoach.core.nlp.TopicScore;
import org.dpcoach.knowledge.Case;
import org.dpcoach.knowledge.Dialogue;
import org.dpcoach.knowledge.Employer;
import org.dpcoach.knowledge.Jurisdiction;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.Policy;
import org.dpcoach.knowledge.SourceRef;
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

  private static final int MAX_SHORT_WORDS = 60;

  private final KnowledgeBase kb;
  private final Dialogue dialogue;

  AnswerComposer(KnowledgeBase kb) {
    this.kb = kb;
    this.dialogue = kb.dialogue();
  }

  /** What the composer needs to know about the turn besides the decision. */
  record Setting(Jurisdiction nation, LocalDate today) {}

  Reply compose(
      Decision decision,
      List<Notice> notices,
      boolean privately,
      Setting setting,
      CaseModel.Choice cases) {
    List<ReplyPart> parts = new ArrayList<>(notices);
    switch (decision.route()) {
      case ANSWER -> {
        if (decision.kind() == Decision.Kind.FOLLOW_UP) {
          parts.add(new Notice(Notice.Kind.FOLLOW_UP, dialogue.text("follow_up")));
        }
        answer(topic(decision.topic()), chosenCase(cases), runnerUp(cases), setting, parts);
      }
      case CLARIFY ->
          parts.add(
              new ReplyPart.Choices(
                  dialogue.text("clarify"), refs(TurnResolver.topTopics(decision.ranking(), 3))));
      case ESCALATE -> escalate(parts, setting.nation());
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

  /** A reply on a topic or case chosen by the person (a button), at full confidence. */
  Reply chosen(Topic topic, Optional<Case> chosen, List<Notice> notices, Setting setting) {
    List<ReplyPart> parts = new ArrayList<>(notices);
    answer(topic, chosen, Optional.empty(), setting, parts);
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
    List<org.dpcoach.core.nlp.TopicScore> ranked = cases.ranked();
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

  private void answer(
      Topic topic,
      Optional<Case> chosen,
      Optional<Case> next,
      Setting setting,
      List<ReplyPart> parts) {
    Jurisdiction nation = setting.nation();
    LocalDate today = setting.today();
    parts.add(shortAnswer(topic, chosen, nation));
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
    parts.add(sources(topic, chosen, nation));
    List<TopicRef> related = new ArrayList<>();
    next.filter(c -> !c.equals(chosen.orElse(null)))
        .ifPresent(c -> related.add(new TopicRef(c.id(), c.question())));
    topic.related().stream()
        .map(this::topic)
        .map(t -> new TopicRef(t.id(), t.title()))
        .forEach(related::add);
    if (!related.isEmpty()) {
      parts.add(new ReplyPart.Related(related));
    }
  }

  /**
   * The case's short answer in the nation (the employer's own rule first when it decides the case),
   * or the topic's summary when no case is confident.
   */
  private ReplyPart.ShortAnswer shortAnswer(
      Topic topic, Optional<Case> chosen, Jurisdiction nation) {
    String main =
        chosen
            .map(c -> c.sourcesFor(nation))
            .filter(l -> !l.isEmpty())
            .orElse(topic.sourcesFor(nation))
            .stream()
            .findFirst()
            .map(s -> s.citation())
            .orElse("");
    if (chosen.isEmpty()) {
      return new ReplyPart.ShortAnswer(
          withinWords("", topic.summary()), Optional.empty(), topic.title(), main);
    }
    Case c = chosen.get();
    String text = c.shortAnswerFor(nation);
    Optional<String> employerRule =
        c.employerDecides()
            ? kb.employer().flatMap(e -> e.policy(topic.id())).flatMap(p -> p.caseAnswer(c.id()))
            : Optional.empty();
    if (employerRule.isPresent()) {
      text = withinWords(employerRule.get(), text);
    }
    return new ReplyPart.ShortAnswer(text, Optional.of(c.id()), c.question(), main);
  }

  /**
   * The lead text (the employer's rule, or nothing), then as much of the rest as fits in the short
   * answer's 60 words, in whole sentences (at least the first sentence when there is no lead).
   */
  private static String withinWords(String lead, String rest) {
    StringBuilder text = new StringBuilder(lead);
    int words = words(lead);
    for (String sentence : rest.split("(?<=[.!?])\\s+")) {
      int more = words(sentence);
      if (words + more > MAX_SHORT_WORDS && !(lead.isEmpty() && words == 0)) {
        break;
      }
      text.append(text.length() == 0 ? "" : " ").append(sentence);
      words += more;
    }
    return text.toString();
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  private void escalate(List<ReplyPart> parts, Jurisdiction nation) {
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
    parts.add(sources(emergency, Optional.empty(), nation));
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

  private ReplyPart.Sources sources(Topic topic, Optional<Case> chosen, Jurisdiction nation) {
    List<SourceRef> refs = new ArrayList<>();
    chosen.ifPresent(c -> refs.addAll(c.sourcesFor(nation)));
    topic.sourcesFor(nation).stream().filter(s -> !refs.contains(s)).forEach(refs::add);
    List<Citation> citations =
        refs.stream()
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
