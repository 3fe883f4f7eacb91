package org.dpcoach.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A platform-neutral message for tips, supervision steps, debriefs, CPD records and the practice
 * commands' answers: reply parts that start with a {@link ReplyPart.Heading}. Adapters render it
 * with the same visitor as an answer, or fall back to {@link #plainText()}.
 */
public record Message(List<ReplyPart> parts) {

  /** Copies the parts; the first must be the heading. */
  public Message {
    parts = List.copyOf(parts);
    if (parts.isEmpty() || !(parts.get(0) instanceof ReplyPart.Heading)) {
      throw new IllegalArgumentException("a message starts with its heading");
    }
  }

  /** A heading, paragraphs, the sources (none: no sources part) and buttons (none: no buttons). */
  public static Message of(
      String title, List<String> paragraphs, List<String> sources, List<Action> actions) {
    List<ReplyPart> parts = new ArrayList<>();
    parts.add(new ReplyPart.Heading(title));
    paragraphs.forEach(p -> parts.add(new ReplyPart.Paragraph(p)));
    if (!sources.isEmpty()) {
      parts.add(new ReplyPart.SourceLines(sources));
    }
    if (!actions.isEmpty()) {
      parts.add(new ReplyPart.Actions(actions));
    }
    return new Message(parts);
  }

  /** A message of a heading and one paragraph. */
  public static Message note(String title, String text) {
    return of(title, List.of(text), List.of(), List.of());
  }

  /** The heading's text. */
  public String title() {
    return ((ReplyPart.Heading) parts.get(0)).text();
  }

  /** Every paragraph's text, in order. */
  public List<String> paragraphs() {
    return parts.stream()
        .filter(ReplyPart.Paragraph.class::isInstance)
        .map(p -> ((ReplyPart.Paragraph) p).text())
        .toList();
  }

  /** Every source line, in order. */
  public List<String> sources() {
    return parts.stream()
        .filter(ReplyPart.SourceLines.class::isInstance)
        .flatMap(p -> ((ReplyPart.SourceLines) p).lines().stream())
        .toList();
  }

  /** Every button, in order. */
  public List<Action> actions() {
    return parts.stream()
        .filter(ReplyPart.Actions.class::isInstance)
        .flatMap(p -> ((ReplyPart.Actions) p).actions().stream())
        .toList();
  }

  /** The message as plain text: heading, paragraphs, then sources, separated by blank lines. */
  public String plainText() {
    return PlainText.of(parts);
  }
}
