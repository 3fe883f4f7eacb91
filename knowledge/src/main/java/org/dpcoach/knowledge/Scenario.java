package org.dpcoach.knowledge;

import java.util.List;

/**
 * A group-supervision scenario: a realistic dilemma, a prompt for each decision step of the Digital
 * Capabilities Statement's model, and a debrief of what the standards say.
 *
 * @param minutes how long the session is meant to take
 */
public record Scenario(
    String id,
    String title,
    String topic,
    int minutes,
    String scenario,
    List<Step> steps,
    String debrief,
    List<SourceRef> sources) {

  /** Copies the lists. */
  public Scenario {
    steps = List.copyOf(steps);
    sources = List.copyOf(sources);
  }

  /** The sources shown with the debrief and the CPD record in the given nation. */
  public List<SourceRef> sourcesFor(Jurisdiction nation) {
    return sources.stream().filter(s -> s.appliesTo(nation)).toList();
  }

  /** One decision step and the question the group discusses. */
  public record Step(Stage stage, String prompt) {}

  /** The decision steps, in the model's order. */
  public enum Stage {
    RECOGNISE("Recognise the issue"),
    FACTS("The facts"),
    EVALUATE("Evaluate against principles"),
    ACT("Act"),
    REVIEW("Review");

    private final String title;

    Stage(String title) {
      this.title = title;
    }

    /** The step's heading, for example "Recognise the issue". */
    public String title() {
      return title;
    }
  }
}
