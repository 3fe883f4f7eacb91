package org.dpcoach.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplyTest {
  static final ReplyPart.Notice NOTICE = new ReplyPart.Notice(ReplyPart.Notice.Kind.NATION, "n");
  static final ReplyPart.ShortAnswer SHORT =
      new ReplyPart.ShortAnswer("No.", Optional.of("t.c"), "Q?", "Doc, 1");
  static final ReplyPart.Summary SUMMARY = new ReplyPart.Summary("T", "S");
  static final ReplyPart.Sources SOURCES = new ReplyPart.Sources(List.of(), "v");

  static Reply reply(List<ReplyPart> parts) {
    return new Reply(Route.ANSWER, "t", 1.0, List.of(), parts, false, "v");
  }

  @Test
  void leadAndFullGuidance_withShortAnswer_splitAfterIt() {
    Reply reply = reply(List.of(NOTICE, SHORT, SUMMARY, SOURCES));

    assertThat(reply.shortAnswer()).contains(SHORT);
    assertThat(reply.lead()).containsExactly(NOTICE, SHORT);
    assertThat(reply.fullGuidance()).containsExactly(SUMMARY, SOURCES);
  }

  @Test
  void leadAndFullGuidance_withoutShortAnswer_leadIsEverything() {
    Reply reply = reply(List.of(NOTICE, SUMMARY));

    assertThat(reply.shortAnswer()).isEmpty();
    assertThat(reply.lead()).containsExactly(NOTICE, SUMMARY);
    assertThat(reply.fullGuidance()).isEmpty();
  }

  @Test
  void privately_anyReply_keepsItPrivateWithTheReasonFirst() {
    Reply reply = reply(List.of(SHORT, SUMMARY)).privately("why");

    assertThat(reply.answerPrivately()).isTrue();
    assertThat(reply.parts())
        .containsExactly(
            new ReplyPart.Notice(ReplyPart.Notice.Kind.PRIVACY, "why"), SHORT, SUMMARY);
  }

  @Test
  void message_headingParagraphsSourcesAndButtons_readsAsPlainTextWithoutButtons() {
    Message message =
        Message.of(
            "Title",
            List.of("One.", "Two."),
            List.of("Source A", "Source B"),
            List.of(new Action(Action.CPD, "Save", "7")));

    assertThat(message.title()).isEqualTo("Title");
    assertThat(message.actions()).containsExactly(new Action(Action.CPD, "Save", "7"));
    assertThat(message.plainText())
        .isEqualTo("Title\n\nOne.\n\nTwo.\n\nSources:\n- Source A\n- Source B");
  }

  @Test
  void message_withoutHeadingFirst_isRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Message(List.of(new ReplyPart.Paragraph("p"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a message starts with its heading");
  }

  @Test
  void accept_everyKindOfPart_callsItsOwnVisitorMethod() {
    List<ReplyPart> parts =
        List.of(
            NOTICE,
            SHORT,
            SUMMARY,
            new ReplyPart.Points(List.of(), List.of()),
            new ReplyPart.EmployerSays("E", "s", "t", "d", "o", LocalDate.EPOCH, false, ""),
            new ReplyPart.NationNote("Wales", "t"),
            new ReplyPart.Contacts(List.of()),
            SOURCES,
            new ReplyPart.Related(List.of()),
            new ReplyPart.Choices("p", List.of()),
            new ReplyPart.Heading("h"),
            new ReplyPart.Paragraph("p"),
            new ReplyPart.SourceLines(List.of("s")),
            new ReplyPart.Actions(List.of(new Action(Action.NEXT, "Next", "1"))));

    List<String> called = parts.stream().map(p -> p.accept(new Names())).toList();

    assertThat(called)
        .containsExactly(
            "notice",
            "shortAnswer",
            "summary",
            "points",
            "employerSays",
            "nationNote",
            "contacts",
            "sources",
            "related",
            "choices",
            "heading",
            "paragraph",
            "sourceLines",
            "actions");
  }

  /** Names the method each part calls. */
  static final class Names implements ReplyPart.Visitor<String> {
    @Override
    public String notice(ReplyPart.Notice notice) {
      return "notice";
    }

    @Override
    public String shortAnswer(ReplyPart.ShortAnswer shortAnswer) {
      return "shortAnswer";
    }

    @Override
    public String summary(ReplyPart.Summary summary) {
      return "summary";
    }

    @Override
    public String points(ReplyPart.Points points) {
      return "points";
    }

    @Override
    public String employerSays(ReplyPart.EmployerSays employerSays) {
      return "employerSays";
    }

    @Override
    public String nationNote(ReplyPart.NationNote nationNote) {
      return "nationNote";
    }

    @Override
    public String contacts(ReplyPart.Contacts contacts) {
      return "contacts";
    }

    @Override
    public String sources(ReplyPart.Sources sources) {
      return "sources";
    }

    @Override
    public String related(ReplyPart.Related related) {
      return "related";
    }

    @Override
    public String choices(ReplyPart.Choices choices) {
      return "choices";
    }

    @Override
    public String heading(ReplyPart.Heading heading) {
      return "heading";
    }

    @Override
    public String paragraph(ReplyPart.Paragraph paragraph) {
      return "paragraph";
    }

    @Override
    public String sourceLines(ReplyPart.SourceLines sourceLines) {
      return "sourceLines";
    }

    @Override
    public String actions(ReplyPart.Actions actions) {
      return "actions";
    }
  }
}
