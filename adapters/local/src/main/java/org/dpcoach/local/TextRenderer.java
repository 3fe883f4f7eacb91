package org.dpcoach.local;

import java.util.List;
import java.util.stream.Collectors;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;

/** Renders a reply as plain text, the way a person reads it in a terminal. */
public final class TextRenderer {

  /** Every part of the reply, in order, separated by blank lines. */
  public String render(Reply reply) {
    return reply.parts().stream()
        .map(this::part)
        .filter(s -> !s.isBlank())
        .collect(Collectors.joining("\n\n"));
  }

  private String part(ReplyPart part) {
    if (part instanceof ReplyPart.Notice n) {
      return "(" + n.text() + ")";
    } else if (part instanceof ReplyPart.Summary s) {
      return s.title().toUpperCase(java.util.Locale.ROOT) + "\n" + s.text();
    } else if (part instanceof ReplyPart.Points p) {
      return bullets("Do:", p.dos()) + "\n" + bullets("Don't:", p.donts());
    } else if (part instanceof ReplyPart.EmployerSays e) {
      return employer(e);
    } else if (part instanceof ReplyPart.NationNote n) {
      return "In " + n.nation() + ": " + n.text();
    } else if (part instanceof ReplyPart.Contacts c) {
      return bullets("Contact now:", c.lines());
    } else if (part instanceof ReplyPart.Sources s) {
      return sources(s);
    } else if (part instanceof ReplyPart.Related r) {
      return "Related: "
          + r.topics().stream()
              .map(t -> t.title() + " [" + t.id() + "]")
              .collect(Collectors.joining("; "));
    } else if (part instanceof ReplyPart.Choices c) {
      return c.prompt()
          + "\n"
          + numbered(c.options().stream().map(t -> t.title() + " [" + t.id() + "]").toList());
    }
    return "";
  }

  private static String employer(ReplyPart.EmployerSays e) {
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

  private static String sources(ReplyPart.Sources s) {
    List<String> lines =
        s.citations().stream()
            .map(c -> c.label() + (c.point().isBlank() ? "" : ": " + c.point()))
            .toList();
    return bullets("Sources (knowledge version " + s.knowledgeVersion() + "):", lines);
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
