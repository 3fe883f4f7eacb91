package org.dpcoach.core.model;

import java.time.LocalDate;
import java.util.List;

/** One platform-neutral piece of a reply; adapters render each, or fall back to text. */
public sealed interface ReplyPart {

  /** A short line shown before the answer: a privacy reminder, a truncation note. */
  record Notice(Kind kind, String text) implements ReplyPart {
    /** Why the notice is shown. */
    public enum Kind {
      PRIVACY,
      TRUNCATED,
      FOLLOW_UP,
      NO_REFERRAL,
      INFO,
      /**
       * The nation the answer is given for, when the person named it ("Answering for Scotland").
       */
      NATION
    }
  }

  /**
   * The specific answer, read first in every channel: the verdict and the one or two things to do
   * (at most 60 words). Everything after it in the reply is the full guidance, one tap away.
   *
   * @param text the short answer, verdict first
   * @param caseId the case of the topic that answered, or empty when no case was confident (then
   *     the text is the topic's summary)
   * @param question the case's canonical question, or the topic's title
   * @param mainSource the main source as a person reads it ("Document, section"), or empty
   */
  record ShortAnswer(
      String text, java.util.Optional<String> caseId, String question, String mainSource)
      implements ReplyPart {}

  /** The answer's heading and its plain-English summary. */
  record Summary(String title, String text) implements ReplyPart {}

  /** What to do and what not to do. */
  record Points(List<String> dos, List<String> donts) implements ReplyPart {}

  /** What the employer's own policy adds on this topic. */
  record EmployerSays(
      String employer,
      String stance,
      String text,
      String document,
      String owner,
      LocalDate reviewBy,
      boolean overdue,
      String overdueNote)
      implements ReplyPart {}

  /** The note for the practitioner's nation. */
  record NationNote(String nation, String text) implements ReplyPart {}

  /** Who to contact now (escalations). */
  record Contacts(List<String> lines) implements ReplyPart {}

  /** The sources, with the knowledge version that gave the answer. */
  record Sources(List<Citation> citations, String knowledgeVersion) implements ReplyPart {}

  /** Topics to look at next. */
  record Related(List<TopicRef> topics) implements ReplyPart {}

  /** Topics to choose from, with a prompt. */
  record Choices(String prompt, List<TopicRef> options) implements ReplyPart {}
}
