package org.dpcoach.local;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dpcoach.core.Answers;
import org.dpcoach.core.model.Citation;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.model.TopicRef;
import org.dpcoach.testkit.TestCoach;

/** Replies built by hand for the local renderers' tests, and a coach that answers short first. */
final class Replies {
  private Replies() {}

  /** An answer with every part of the short-answer shape. */
  static Reply shortAnswer() {
    return new Reply(
        Route.ANSWER,
        "friend-requests",
        0.9,
        List.of(),
        List.of(
            new ReplyPart.Notice(ReplyPart.Notice.Kind.PRIVACY, "privacy note"),
            new ReplyPart.ShortAnswer(
                "No. Decline <b>politely</b> & talk to your manager.",
                Optional.of("friend-requests.former-service-user"),
                "Can I connect with a former service user?",
                "SWE Professional Standards, 5.6"),
            new ReplyPart.Summary("Friend requests", "Keep it professional."),
            new ReplyPart.Points(List.of("Decline politely"), List.of("Accept the request")),
            new ReplyPart.EmployerSays(
                "Example Council",
                "must-not",
                "Staff must decline.",
                "Social media policy",
                "Head of HR",
                LocalDate.of(2024, 1, 31),
                true,
                "Check with your manager."),
            new ReplyPart.NationNote("Wales", "Social Care Wales says the same."),
            new ReplyPart.Sources(
                List.of(new Citation("SWE Professional Standards", "5.6", "boundaries", "r")),
                "kb-1"),
            new ReplyPart.Related(
                List.of(
                    new TopicRef("friend-requests.linkedin", "What about LinkedIn?"),
                    new TopicRef("online-presence", "Your online presence")))),
        false,
        "kb-1");
  }

  /** The shared test engine. */
  static Answers coach() {
    return TestCoach.engine();
  }
}
