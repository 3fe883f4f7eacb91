package org.dpcoach.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A curated entry the coach answers from: a practitioner topic or a route such as {@code
 * out-of-scope}.
 */
public record Topic(
    String id,
    String title,
    String summary,
    List<String> dos,
    List<String> donts,
    List<SourceRef> sources,
    Map<Jurisdiction, String> jurisdictionNotes,
    List<String> related,
    String owner,
    LocalDate lastReviewed,
    LocalDate reviewBy,
    List<String> questions,
    boolean route,
    List<Case> cases) {

  /** The sources a practitioner in the given nation sees: never another nation's code. */
  public List<SourceRef> sourcesFor(Jurisdiction nation) {
    return sources.stream().filter(s -> s.appliesTo(nation)).toList();
  }

  /** A copy with the topic's cases. */
  public Topic withCases(List<Case> list) {
    return new Topic(
        id,
        title,
        summary,
        dos,
        donts,
        sources,
        jurisdictionNotes,
        related,
        owner,
        lastReviewed,
        reviewBy,
        questions,
        route,
        List.copyOf(list));
  }

  /** The case with the given id, if it belongs to this topic. */
  public java.util.Optional<Case> caseById(String caseId) {
    return cases.stream().filter(c -> c.id().equals(caseId)).findFirst();
  }

  /** How many training questions the topic has, its own and its cases'. */
  public int questionCount() {
    return questions.size() + cases.stream().mapToInt(c -> c.questions().size()).sum();
  }

  /** The note for the given nation, or an empty string when the entry has none. */
  public String noteFor(Jurisdiction nation) {
    return jurisdictionNotes.getOrDefault(nation, "");
  }
}
