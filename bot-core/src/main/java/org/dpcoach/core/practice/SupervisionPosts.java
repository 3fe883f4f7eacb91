package org.dpcoach.core.practice;

import java.util.List;
import org.dpcoach.core.model.Action;
import org.dpcoach.core.model.Message;
import org.dpcoach.knowledge.Scenario;
import org.dpcoach.knowledge.SourceRef;

/**
 * What a supervision session posts in its channel and thread: the scenario, each decision step, the
 * debrief with its sources, the note when it is skipped, and a member's draft CPD record.
 */
record SupervisionPosts(Texts texts) {

  /** The scenario that opens a session, with Next and Skip. */
  Message opening(long session, Scenario s, boolean timed) {
    String steps = texts.get(timed ? "supervision.steps_timed" : "supervision.steps_next");
    return Message.of(
        texts.get("supervision.opening_title", "title", s.title()),
        List.of(s.scenario(), texts.get("supervision.opening", "steps", steps)),
        List.of(),
        controls(session));
  }

  /** Decision step {@code to} (counting from 1), with Next and Skip. */
  Message step(long session, Scenario scenario, int to) {
    Scenario.Step step = scenario.steps().get(to - 1);
    return Message.of(
        texts.get(
            "supervision.step_title",
            "step",
            to,
            "steps",
            scenario.steps().size(),
            "stage",
            step.stage().title()),
        List.of(step.prompt()),
        List.of(),
        controls(session));
  }

  /** The debrief with the sources that apply in the channel's nation, and the CPD button. */
  Message debrief(long session, Scenario scenario, List<SourceRef> sources) {
    return Message.of(
        texts.get("supervision.debrief_title"),
        List.of(scenario.debrief(), texts.get("supervision.debrief_ended")),
        sources.stream().map(SupervisionPosts::cite).toList(),
        List.of(
            new Action(Action.CPD, texts.get("supervision.cpd_label"), Long.toString(session))));
  }

  /** The note in the thread of a skipped session. */
  Message skipped() {
    return Message.note(
        texts.get("supervision.skipped_post_title"), texts.get("supervision.skipped_post"));
  }

  /** A member's draft CPD record, to copy into their record with the regulator. */
  Message cpd(CpdRecord record, String regulator) {
    return Message.of(
        texts.get("supervision.cpd_title"),
        List.of(
            texts.get("supervision.cpd", "regulator", regulator),
            "```\n" + record.markdown(texts) + "```"),
        List.of(),
        List.of());
  }

  private List<Action> controls(long id) {
    return List.of(
        new Action(Action.NEXT, texts.get("supervision.next_label"), Long.toString(id)),
        new Action(Action.SKIP, texts.get("supervision.skip_label"), Long.toString(id)));
  }

  private static String cite(SourceRef s) {
    return s.point().isEmpty() ? s.citation() : s.citation() + ": " + s.point();
  }
}
