package org.dpcoach.local;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dpcoach.core.model.Action;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.TopicRef;

/**
 * Renders a reply as plain text, the way a person reads it in a terminal: the short answer with its
 * main source first, or everything.
 */
public final class TextRenderer {

  /** Every part of the reply, in order, separated by blank lines: the full guidance open. */
  public String render(Reply reply) {
    return joined(reply.parts(), reply.knowledgeVersion());
  }

  /**
   * What is read first: the notices, the short answer and its main source with the knowledge
   * version; the whole reply when it has no short answer.
   */
  public String renderShort(Reply reply) {
    return joined(reply.lead(), reply.knowledgeVersion());
  }

  /** The full guidance behind the short answer; empty when there is none. */
  public String renderGuidance(Reply reply) {
    return joined(reply.fullGuidance(), reply.knowledgeVersion());
  }

  private static String joined(List<ReplyPart> parts, String knowledgeVersion) {
    PartText text = new PartText(knowledgeVersion);
    return parts.stream()
        .map(p -> p.accept(text))
        .filter(s -> !s.isBlank())
        .collect(Collectors.joining("\n\n"));
  }

  /** The main source and the knowledge version, as one line. */
  static String sourceLine(String mainSource, String knowledgeVersion) {
    String version = "knowledge version " + knowledgeVersion;
    return mainSource == null || mainSource.isBlank()
        ? "Source: " + version
        : "Source: " + mainSource + " (" + version + ")";
  }

  /** Each kind of part as text; the short answer ends with its source line. */
  private static final class PartText implements ReplyPart.Visitor<String> {
    private final String knowledgeVersion;

    PartText(String knowledgeVersion) {
      this.knowledgeVersion = knowledgeVersion;
    }

    @Override
    public String notice(ReplyPart.Notice n) {
      return "(" + n.text() + ")";
    }

    @Override
    public String shortAnswer(ReplyPart.ShortAnswer s) {
      return s.text() + "\n" + sourceLine(s.mainSource(), knowledgeVersion);
    }

    @Override
    public String summary(ReplyPart.Summary s) {
      return s.title().toUpperCase(Locale.ROOT) + "\n" + s.text();
    }

    @Override
    public String points(ReplyPart.Points p) {
      return bullets("Do:", p.dos()) + "\n" + bullets("Don't:", p.donts());
    }

    @Override
    public String employerSays(ReplyPart.EmployerSays e) {
      String text =
          "What "
              + e.employer()
              + " says ("
              + e.document()
              + "; owner "
              + e.owner()
              + ", review by "
              + e.reviewBy()
              + "):\n"
              + e.text();
      return e.overdue() ? text + "\n! " + e.overdueNote() : text;
    }

    @Override
    public String nationNote(ReplyPart.NationNote n) {
      return "In " + n.nation() + ": " + n.text();
    }

    @Override
    public String contacts(ReplyPart.Contacts c) {
      return bullets("Contact now:", c.lines());
    }

    @Override
    public String sources(ReplyPart.Sources s) {
      List<String> lines =
          s.citations().stream()
              .map(c -> c.label() + (c.point().isBlank() ? "" : ": " + c.point()))
              .toList();
      return bullets("Sources (knowledge version " + s.knowledgeVersion() + "):", lines);
    }

    @Override
    public String related(ReplyPart.Related r) {
      return "Related: " + r.topics().stream().map(PartText::ref).collect(Collectors.joining("; "));
    }

    @Override
    public String choices(ReplyPart.Choices c) {
      return c.prompt() + "\n" + numbered(c.options().stream().map(PartText::ref).toList());
    }

    @Override
    public String heading(ReplyPart.Heading h) {
      return h.text().toUpperCase(Locale.ROOT);
    }

    @Override
    public String paragraph(ReplyPart.Paragraph p) {
      return p.text();
    }

    @Override
    public String sourceLines(ReplyPart.SourceLines s) {
      return bullets("Sources:", s.lines());
    }

    /** Buttons as their labels; one that opens an address shows the address. */
    @Override
    public String actions(ReplyPart.Actions a) {
      return a.actions().stream()
          .map(
              b ->
                  b.id().equals(Action.OPEN) ? b.label() + ": " + b.value() : "[" + b.label() + "]")
          .collect(Collectors.joining(" "));
    }

    private static String ref(TopicRef t) {
      return t.title() + " [" + t.id() + "]";
    }

    private static String bullets(String heading, List<String> items) {
      return heading + items.stream().map(i -> "\n  - " + i).collect(Collectors.joining());
    }

    private static String numbered(List<String> items) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < items.size(); i++) {
        out.append(i == 0 ? "" : "\n").append("  ").append(i + 1).append(". ").append(items.get(i));
      }
      return out.toString();
    }
  }
}
