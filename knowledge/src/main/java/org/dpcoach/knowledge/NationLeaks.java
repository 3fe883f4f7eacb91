package org.dpcoach.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds what a person in one nation would read (every topic's and route's summary, do and don't
 * points, the sources that apply there with their points and the nation's note; every case's
 * question and its short answer there, base or the nation's variant; every tip that suits the
 * nation with its sources; every scenario with its sources for the nation; the engine's own words)
 * and finds the names in it that belong only to other nations.
 */
final class NationLeaks {

  /** One name of another nation's body, code or law, and where a person would read it. */
  record Leak(String file, int line, String where, NationTerms.Term term) {
    /** The leak as a sentence. */
    String message(Jurisdiction nation) {
      String owners =
          term.nations().stream()
              .sorted()
              .map(Jurisdiction::displayName)
              .collect(Collectors.joining(", "));
      return "shown in "
          + nation.displayName()
          + ", "
          + where
          + " names '"
          + term.name()
          + "' ("
          + owners
          + " only)";
    }
  }

  private final NationTerms terms;
  private final Jurisdiction nation;
  private final List<Leak> found = new ArrayList<>();

  private NationLeaks(NationTerms terms, Jurisdiction nation) {
    this.terms = terms;
    this.nation = nation;
  }

  /** Every leak in what a person in the nation would read. */
  static List<Leak> find(
      KnowledgeReader.Content content, PracticeReader.Library library, Jurisdiction nation) {
    NationLeaks leaks = new NationLeaks(content.nationTerms(), nation);
    content.topics().values().forEach(t -> leaks.topic(t, content.files().get(t.id())));
    content.topics().values().stream()
        .filter(t -> !t.cases().isEmpty())
        .forEach(t -> leaks.cases(t, content.caseFiles().get(t.id())));
    library.tips().stream().filter(t -> t.suits(nation)).forEach(leaks::tip);
    library.scenarios().forEach(leaks::scenario);
    leaks.dialogue(content.dialogue());
    return List.copyOf(leaks.found);
  }

  private void topic(Topic topic, YamlFile file) {
    String name = (topic.route() ? "routes/" : "topics/") + topic.id() + ".yaml";
    check(topic.id(), name, line(file, "/summary"), "the summary", topic.summary());
    points(topic.id(), name, file, "do", topic.dos());
    points(topic.id(), name, file, "dont", topic.donts());
    sources(topic.id(), name, file, topic.sources(), topic.sourcesFor(nation));
    check(
        topic.id(),
        name,
        line(file, "/jurisdiction_notes/" + nation.id()),
        "the note for " + nation.displayName(),
        topic.noteFor(nation));
  }

  /** Each case's question and the short answer shown in the nation, with its sources there. */
  private void cases(Topic topic, YamlFile file) {
    String name = "cases/" + topic.id() + ".yaml";
    for (int i = 0; i < topic.cases().size(); i++) {
      Case c = topic.cases().get(i);
      String at = "/cases/" + i;
      boolean variant = c.nations().containsKey(nation);
      check(
          c.id(), name, line(file, at + "/question"), "case " + c.id() + " question", c.question());
      check(
          c.id(),
          name,
          line(file, variant ? at + "/nations/" + nation.id() : at + "/short_answer"),
          "case " + c.id() + (variant ? " " + nation.id() + " short answer" : " short answer"),
          c.shortAnswerFor(nation));
      for (SourceRef source : c.sourcesFor(nation)) {
        check(
            c.id(),
            name,
            line(file, at + "/sources"),
            "case " + c.id() + " source '" + source.document().id() + "'",
            source.citation() + "\n" + source.point());
      }
    }
  }

  private void points(String entry, String name, YamlFile file, String field, List<String> points) {
    for (int i = 0; i < points.size(); i++) {
      check(
          entry,
          name,
          line(file, "/" + field + "/" + i),
          "'" + field + "' point " + (i + 1),
          points.get(i));
    }
  }

  private void sources(
      String entry, String name, YamlFile file, List<SourceRef> all, List<SourceRef> shown) {
    for (SourceRef source : shown) {
      int index = all.indexOf(source);
      check(
          entry,
          name,
          line(file, "/sources/" + index),
          "source '" + source.document().id() + "', " + source.section(),
          source.citation() + "\n" + source.point());
    }
  }

  private void tip(Tip tip) {
    check(tip.id(), "tips.yaml", 1, "tip " + tip.id(), tip.title() + "\n" + tip.text());
    for (SourceRef source : tip.sourcesFor(nation)) {
      check(
          tip.id(),
          "tips.yaml",
          1,
          "tip " + tip.id() + " source '" + source.document().id() + "'",
          source.citation() + "\n" + source.point());
    }
  }

  private void scenario(Scenario scenario) {
    String name = "scenarios/" + scenario.id() + ".yaml";
    String id = scenario.id();
    check(id, name, 1, "the title and story", scenario.title() + "\n" + scenario.scenario());
    scenario.steps().forEach(s -> check(id, name, 1, "the '" + s.stage() + "' step", s.prompt()));
    check(id, name, 1, "the debrief", scenario.debrief());
    for (SourceRef source : scenario.sourcesFor(nation)) {
      check(
          id,
          name,
          1,
          "source '" + source.document().id() + "', " + source.section(),
          source.citation() + "\n" + source.point());
    }
  }

  private void dialogue(Dialogue dialogue) {
    for (Map.Entry<String, String> text : dialogue.texts().entrySet()) {
      check("dialogue", "dialogue.yaml", 1, "text '" + text.getKey() + "'", text.getValue());
    }
  }

  private void check(String entry, String file, int line, String where, String text) {
    if (text == null || text.isEmpty()) {
      return;
    }
    terms.foreignTo(nation, text).stream()
        .filter(t -> !terms.allowedIn(entry, t))
        .forEach(t -> found.add(new Leak(file, line, where, t)));
  }

  private static int line(YamlFile file, String pointer) {
    return file == null ? 1 : file.line(pointer);
  }
}
