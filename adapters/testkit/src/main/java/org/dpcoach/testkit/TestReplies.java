package org.dpcoach.testkit;

import java.util.List;
import java.util.Optional;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.Turn;

/**
 * Answers in the shape a case gives them (notices, the case's short answer, then the topic's full
 * guidance), from the shared test engine: its own when it picks a case, otherwise its answer with
 * the knowledge README's example case as the short answer, so adapter tests see a case answer
 * whatever cases the knowledge holds.
 */
public final class TestReplies {
  /** A question about a former service user's friend request. */
  public static final String FORMER_CLIENT =
      "a former service user sent me a friend request now the case has closed, can I accept it?";

  /** The example case. */
  public static final String CASE_ID = "friend-requests.former-service-user";

  /** The example case's question. */
  public static final String CASE_QUESTION =
      "Can I connect online with a former service user once the case has closed?";

  /** The example case's short answer (the knowledge README's). */
  public static final String SHORT_TEXT =
      "No. Closing the case doesn't end the power imbalance, and people are often re-referred."
          + " Decline or leave the request, and talk to your manager before any contact.";

  /** A question the knowledge answers with a case of its own (a lost work device). */
  public static final String LOST_LAPTOP = "I left my work laptop on the train, what do I do now?";

  private TestReplies() {}

  /** The engine's answer to {@link #LOST_LAPTOP}, as it is. */
  public static Reply lostLaptop() {
    return TestCoach.engine().handle(new Turn("test", "test-" + System.nanoTime(), LOST_LAPTOP));
  }

  /** The answer to {@link #FORMER_CLIENT}, as a case answers it. */
  public static Reply formerClient() {
    Reply reply =
        TestCoach.engine().handle(new Turn("test", "test-" + System.nanoTime(), FORMER_CLIENT));
    ReplyPart.ShortAnswer engine = reply.shortAnswer().orElseThrow();
    if (engine.caseId().isPresent()) {
      return reply;
    }
    ReplyPart.ShortAnswer example =
        new ReplyPart.ShortAnswer(
            SHORT_TEXT, Optional.of(CASE_ID), CASE_QUESTION, engine.mainSource());
    List<ReplyPart> parts =
        reply.parts().stream().map(p -> p == engine ? (ReplyPart) example : p).toList();
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
