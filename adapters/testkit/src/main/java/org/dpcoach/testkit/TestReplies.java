package org.dpcoach.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.model.Turn;

/**
 * Answers in the short-answer shape (notices, a short answer, then the full guidance): the engine's
 * own when it gives one, otherwise the engine's answer with a short answer put in front, so adapter
 * tests see the real shape whichever engine they run on.
 */
public final class TestReplies {
  /** A question about a former service user's friend request. */
  public static final String FORMER_CLIENT =
      "a former service user sent me a friend request now the case has closed, can I accept it?";

  /** The case the short answer stands for when the engine gives none. */
  public static final String CASE_ID = "friend-requests.former-service-user";

  /** The short answer used when the engine gives none (the knowledge README's example case). */
  public static final String SHORT_TEXT =
      "No. Closing the case doesn't end the power imbalance, and people are often re-referred."
          + " Decline or leave the request, and talk to your manager before any contact.";

  private TestReplies() {}

  /** The answer to {@link #FORMER_CLIENT} from the shared test engine, with a short answer. */
  public static Reply formerClient() {
    return withShortAnswer(
        TestCoach.engine().handle(new Turn("test", "test-" + System.nanoTime(), FORMER_CLIENT)));
  }

  /**
   * The engine's reply as it is when it has a short answer or is not an answer; else with one: the
   * example case's for a friend-request answer (the summary stays as the guidance's heading), the
   * topic's summary for any other (which then replaces the summary part, as the engine does when no
   * case is confident).
   */
  public static Reply withShortAnswer(Reply reply) {
    if (reply.route() != Route.ANSWER || reply.shortAnswer().isPresent()) {
      return reply;
    }
    String mainSource =
        reply
            .part(ReplyPart.Sources.class)
            .flatMap(s -> s.citations().stream().findFirst())
            .map(c -> c.label())
            .orElse("");
    String question =
        reply.part(ReplyPart.Summary.class).map(ReplyPart.Summary::title).orElse(reply.topic());
    ReplyPart.ShortAnswer shortAnswer =
        reply.topic().equals("friend-requests")
            ? new ReplyPart.ShortAnswer(
                SHORT_TEXT,
                Optional.of(CASE_ID),
                "Can I connect online with a former service user once the case has closed?",
                mainSource)
            : new ReplyPart.ShortAnswer(
                reply.part(ReplyPart.Summary.class).map(ReplyPart.Summary::text).orElse(""),
                Optional.empty(),
                question,
                mainSource);
    List<ReplyPart> parts = new ArrayList<>();
    int at = 0;
    while (at < reply.parts().size() && reply.parts().get(at) instanceof ReplyPart.Notice) {
      parts.add(reply.parts().get(at++));
    }
    parts.add(shortAnswer);
    reply.parts().subList(at, reply.parts().size()).stream()
        .filter(p -> shortAnswer.caseId().isPresent() || !(p instanceof ReplyPart.Summary))
        .forEach(parts::add);
    return new Reply(
        reply.route(),
        reply.topic(),
        reply.confidence(),
        reply.alternatives(),
        parts,
        reply.answerPrivately(),
        reply.knowledgeVersion());
  }
}
