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
      INFO
    }
  }

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
