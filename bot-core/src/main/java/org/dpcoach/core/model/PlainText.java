package org.dpcoach.core.model;

import java.util.List;
import java.util.stream.Collectors;

/** The text fallback: each kind of part as plain text, for a platform that shows no richer form. */
final class PlainText implements ReplyPart.Visitor<String> {

  /** The parts as text, separated by blank lines; parts with no text (buttons) are left out. */
  static String of(List<ReplyPart> parts) {
    PlainText text = new PlainText();
    return parts.stream()
        .map(p -> p.accept(text))
        .filter(s -> !s.isEmpty())
        .collect(Collectors.joining("\n\n"));
  }

  @Override
  public String notice(ReplyPart.Notice n) {
    return n.text();
  }

  @Override
  public String shortAnswer(ReplyPart.ShortAnswer s) {
    return s.text();
  }

  @Override
  public String summary(ReplyPart.Summary s) {
    return s.title() + "\n\n" + s.text();
  }

  @Override
  public String points(ReplyPart.Points p) {
    return String.join("\n", bullets(p.dos()), bullets(p.donts())).strip();
  }

  @Override
  public String employerSays(ReplyPart.EmployerSays e) {
    return e.employer() + ": " + e.text();
  }

  @Override
  public String nationNote(ReplyPart.NationNote n) {
    return n.nation() + ": " + n.text();
  }

  @Override
  public String contacts(ReplyPart.Contacts c) {
    return bullets(c.lines());
  }

  @Override
  public String sources(ReplyPart.Sources s) {
    return "Sources:\n"
        + bullets(s.citations().stream().map(c -> c.label() + ": " + c.point()).toList());
  }

  @Override
  public String related(ReplyPart.Related r) {
    return bullets(r.topics().stream().map(TopicRef::title).toList());
  }

  @Override
  public String choices(ReplyPart.Choices c) {
    return c.prompt() + "\n" + bullets(c.options().stream().map(TopicRef::title).toList());
  }

  @Override
  public String heading(ReplyPart.Heading h) {
    return h.text();
  }

  @Override
  public String paragraph(ReplyPart.Paragraph p) {
    return p.text();
  }

  @Override
  public String sourceLines(ReplyPart.SourceLines s) {
    return "Sources:\n" + bullets(s.lines());
  }

  @Override
  public String actions(ReplyPart.Actions a) {
    return "";
  }

  private static String bullets(List<String> items) {
    return items.stream().map(i -> "- " + i).collect(Collectors.joining("\n"));
  }
}
