package org.dpcoach.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dpcoach.core.model.Citation;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.TopicRef;
import org.dpcoach.knowledge.Case;
import org.dpcoach.knowledge.Dialogue;
import org.dpcoach.knowledge.Employer;
import org.dpcoach.knowledge.Jurisdiction;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.Policy;
import org.dpcoach.knowledge.SourceRef;
import org.dpcoach.knowledge.Topic;

/**
 * The parts of an answer on a topic, in the nation in force: the short answer, the summary, the dos
 * and don'ts, the employer's rule, the nation's note, the sources and the related questions.
 */
final class AnswerParts {
  private static final int MAX_SHORT_WORDS = 60;

  private final KnowledgeBase kb;
  private final Dialogue dialogue;

  AnswerParts(KnowledgeBase kb) {
    this.kb = kb;
    this.dialogue = kb.dialogue();
  }

  /** Adds the answer on the topic (the chosen case's, if any; {@code next} as a related one). */
  void add(
      Topic topic,
      Optional<Case> chosen,
      Optional<Case> next,
      AnswerComposer.Setting setting,
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
    List<TopicRef> related = related(topic, chosen, next);
    if (!related.isEmpty()) {
      parts.add(new ReplyPart.Related(related));
    }
  }

  /** The sources of the case (if any), then the topic's others, in the nation. */
  ReplyPart.Sources sources(Topic topic, Optional<Case> chosen, Jurisdiction nation) {
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

  /** The runner-up case (unless it is the chosen one), then the topic's related topics. */
  private List<TopicRef> related(Topic topic, Optional<Case> chosen, Optional<Case> next) {
    List<TopicRef> related = new ArrayList<>();
    next.filter(c -> !c.equals(chosen.orElse(null)))
        .ifPresent(c -> related.add(new TopicRef(c.id(), c.question())));
    topic.related().stream()
        .map(this::topic)
        .map(t -> new TopicRef(t.id(), t.title()))
        .forEach(related::add);
    return related;
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

  private Topic topic(String id) {
    return kb.entry(id)
        .orElseThrow(() -> new IllegalStateException("no knowledge entry '" + id + "'"));
  }
}
