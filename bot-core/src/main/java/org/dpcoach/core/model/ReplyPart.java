package org.dpcoach.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One platform-neutral piece of a reply; adapters render each through a {@link Visitor}, so a new
 * kind of part fails to compile in every renderer until it is rendered (or given a text fallback).
 */
public sealed interface ReplyPart {

  /** Calls the visitor's method for this kind of part. */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of part; a renderer implements every one, falling back to plain text where
   * its platform cannot show a part.
   *
   * @param <R> what the renderer makes of one part (blocks, card elements, text)
   */
  interface Visitor<R> {
    /** A notice shown before the answer. */
    R notice(Notice notice);

    /** The short answer, read first. */
    R shortAnswer(ShortAnswer shortAnswer);

    /** The topic's heading and summary. */
    R summary(Summary summary);

    /** What to do and what not to do. */
    R points(Points points);

    /** What the employer's policy adds. */
    R employerSays(EmployerSays employerSays);

    /** The note for the practitioner's nation. */
    R nationNote(NationNote nationNote);

    /** Who to contact now. */
    R contacts(Contacts contacts);

    /** The sources and the knowledge version. */
    R sources(Sources sources);

    /** Topics or cases to look at next. */
    R related(Related related);

    /** Topics to choose from. */
    R choices(Choices choices);

    /** A message's heading (a tip, a supervision step, a desk's answer). */
    R heading(Heading heading);

    /** A paragraph of Markdown-ish text; one fenced with three backticks is shown as typed. */
    R paragraph(Paragraph paragraph);

    /** Sources cited as lines of text (a tip's, a debrief's). */
    R sourceLines(SourceLines sourceLines);

    /** Buttons. */
    R actions(Actions actions);
  }

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

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.notice(this);
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
      implements ReplyPart {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.shortAnswer(this);
    }
  }

  /** The answer's heading and its plain-English summary. */
  record Summary(String title, String text) implements ReplyPart {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.summary(this);
    }
  }

  /** What to do and what not to do. */
  record Points(List<String> dos, List<String> donts) implements ReplyPart {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.points(this);
    }
  }

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
      implements ReplyPart {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.employerSays(this);
    }
  }

  /** The note for the practitioner's nation. */
  record NationNote(String nation, String text) implements ReplyPart {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.nationNote(this);
    }
  }

  /** Who to contact now (escalations). */
  record Contacts(List<String> lines) implements ReplyPart {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.contacts(this);
    }
  }

  /** The sources, with the knowledge version that gave the answer. */
  record Sources(List<Citation> citations, String knowledgeVersion) implements ReplyPart {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.sources(this);
    }
  }

  /**
   * Topics to look at next; an id may also be a case id ("friend-requests.linkedin", with the
   * case's question as its title).
   */
  record Related(List<TopicRef> topics) implements ReplyPart {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.related(this);
    }
  }

  /** Topics to choose from, with a prompt. */
  record Choices(String prompt, List<TopicRef> options) implements ReplyPart {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.choices(this);
    }
  }

  /** A message's heading: a tip's title, a supervision step, a desk's answer. */
  record Heading(String text) implements ReplyPart {
    /** Checks the text at once. */
    public Heading {
      java.util.Objects.requireNonNull(text, "heading must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.heading(this);
    }
  }

  /**
   * A paragraph of Markdown-ish text; one fenced with three backticks (a CPD record) is shown as
   * typed, so it can be copied.
   */
  record Paragraph(String text) implements ReplyPart {
    /** The fence around a paragraph shown as typed. */
    public static final String FENCE = "```";

    /** Whether the paragraph is fenced with three backticks. */
    public boolean fenced() {
      String p = text.strip();
      return p.length() > 2 * FENCE.length() && p.startsWith(FENCE) && p.endsWith(FENCE);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.paragraph(this);
    }
  }

  /** Sources cited as lines of text (a tip's, a debrief's), without a knowledge version. */
  record SourceLines(List<String> lines) implements ReplyPart {
    /** Copies the lines. */
    public SourceLines {
      lines = List.copyOf(lines);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.sourceLines(this);
    }
  }

  /** Buttons, in one row. */
  record Actions(List<Action> actions) implements ReplyPart {
    /** Copies the buttons. */
    public Actions {
      actions = List.copyOf(actions);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.actions(this);
    }
  }
}
