package org.dpcoach.knowledge;

import java.util.List;
import java.util.Map;

/**
 * One specific situation inside a topic, with the short answer read first. The topic page stays the
 * full guidance behind every case of the topic.
 *
 * @param id {@code <topic-id>.<slug>}, unique in the knowledge
 * @param topic the topic the case belongs to
 * @param question the canonical question, as a person would ask it
 * @param shortAnswer at most 60 words, verdict first; holds in every nation unless a variant says
 * @param nations the short answer where a nation's rule differs
 * @param employerDecides whether the employer's policy decides the case
 * @param sources the topic's sources that back the short answer
 * @param questions the case's own training questions (they train its topic too)
 */
public record Case(
    String id,
    String topic,
    String question,
    String shortAnswer,
    Map<Jurisdiction, String> nations,
    boolean employerDecides,
    List<SourceRef> sources,
    List<String> questions) {

  /** Copies the collections. */
  public Case {
    nations = Map.copyOf(nations);
    sources = List.copyOf(sources);
    questions = List.copyOf(questions);
  }

  /** The short answer for a practitioner in the given nation. */
  public String shortAnswerFor(Jurisdiction nation) {
    return nations.getOrDefault(nation, shortAnswer);
  }

  /** The case's sources that apply in the given nation. */
  public List<SourceRef> sourcesFor(Jurisdiction nation) {
    return sources.stream().filter(s -> s.appliesTo(nation)).toList();
  }
}
