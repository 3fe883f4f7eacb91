package org.dpcoach.slack;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dpcoach.core.model.Action;
import org.dpcoach.core.model.Citation;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.TopicRef;

/**
 * Each kind of reply part as Block Kit blocks, every text escaped and cut to Slack's limits (3,000
 * characters a section, 2,000 a context, 150 a header, 75 a button).
 */
final class SlackParts implements ReplyPart.Visitor<List<LayoutBlock>> {
  static final int SECTION_CHARS = 3_000;
  static final int CONTEXT_CHARS = 2_000;
  static final int HEADER_CHARS = 150;
  static final int BUTTON_CHARS = 75;
  static final int BUTTONS_PER_ROW = 5;

  /**
   * The most words of a short answer the first message shows: short answers have at most 60, but
   * the topic's summary stands in when no case is confident, and the message must fit one phone
   * screen; the rest is in the full guidance.
   */
  static final int SHORT_WORDS = 60;

  private final String knowledgeVersion;

  /** Parts of a reply given by this knowledge version (shown beside the short answer's source). */
  SlackParts(String knowledgeVersion) {
    this.knowledgeVersion = knowledgeVersion;
  }

  @Override
  public List<LayoutBlock> notice(ReplyPart.Notice n) {
    return List.of(context(icon(n.kind()) + " " + Mrkdwn.escape(n.text())));
  }

  @Override
  public List<LayoutBlock> shortAnswer(ReplyPart.ShortAnswer s) {
    return List.of(
        section(Mrkdwn.escape(Mrkdwn.firstWords(s.text(), SHORT_WORDS))),
        context(sourceLine(s.mainSource())));
  }

  @Override
  public List<LayoutBlock> summary(ReplyPart.Summary s) {
    return List.of(header(s.title()), section(Mrkdwn.escape(s.text())));
  }

  @Override
  public List<LayoutBlock> points(ReplyPart.Points p) {
    List<LayoutBlock> out = new ArrayList<>();
    if (!p.dos().isEmpty()) {
      out.add(section(":white_check_mark: *Do*\n" + bullets(p.dos())));
    }
    if (!p.donts().isEmpty()) {
      out.add(section(":x: *Don't*\n" + bullets(p.donts())));
    }
    return out;
  }

  @Override
  public List<LayoutBlock> employerSays(ReplyPart.EmployerSays e) {
    List<LayoutBlock> out = new ArrayList<>();
    out.add(DividerBlock.builder().build());
    String stance =
        e.stance() == null || e.stance().isBlank()
            ? ""
            : " (" + Mrkdwn.escape(e.stance().replace('-', ' ')) + ")";
    out.add(
        section(
            ":office: *What "
                + Mrkdwn.escape(e.employer())
                + " says*"
                + stance
                + "\n"
                + Mrkdwn.escape(e.text())));
    out.add(
        context(
            Mrkdwn.escape(e.document())
                + " · owner "
                + Mrkdwn.escape(e.owner())
                + " · review by "
                + e.reviewBy()));
    if (e.overdue()) {
      out.add(
          section(
              ":warning: *Policy review overdue* (was due "
                  + e.reviewBy()
                  + "). "
                  + Mrkdwn.escape(e.overdueNote())));
    }
    return out;
  }

  @Override
  public List<LayoutBlock> nationNote(ReplyPart.NationNote n) {
    return List.of(section("*In " + Mrkdwn.escape(n.nation()) + ":* " + Mrkdwn.escape(n.text())));
  }

  @Override
  public List<LayoutBlock> contacts(ReplyPart.Contacts c) {
    return List.of(section("*Contact now*\n" + bullets(c.lines())));
  }

  @Override
  public List<LayoutBlock> sources(ReplyPart.Sources s) {
    List<String> lines = s.citations().stream().map(SlackParts::citation).toList();
    return List.of(
        DividerBlock.builder().build(),
        section(":books: *Sources*\n" + bullets(lines)),
        context("Knowledge version " + Mrkdwn.escape(s.knowledgeVersion())));
  }

  @Override
  public List<LayoutBlock> related(ReplyPart.Related r) {
    List<LayoutBlock> out = new ArrayList<>();
    out.add(section("*Related topics*"));
    out.addAll(buttons(r.topics(), ActionIds.RELATED));
    return out;
  }

  @Override
  public List<LayoutBlock> choices(ReplyPart.Choices c) {
    List<LayoutBlock> out = new ArrayList<>();
    out.add(section(Mrkdwn.escape(c.prompt())));
    out.addAll(buttons(c.options(), ActionIds.CHOOSE));
    return out;
  }

  @Override
  public List<LayoutBlock> heading(ReplyPart.Heading h) {
    return List.of(header(h.text()));
  }

  @Override
  public List<LayoutBlock> paragraph(ReplyPart.Paragraph p) {
    return List.of(section(Mrkdwn.safe(p.text(), SECTION_CHARS)));
  }

  @Override
  public List<LayoutBlock> sourceLines(ReplyPart.SourceLines s) {
    return List.of(context(Mrkdwn.fit("*Sources*\n" + bullets(s.lines()), CONTEXT_CHARS)));
  }

  /** One row of buttons; one that opens an address opens it in the browser. */
  @Override
  public List<LayoutBlock> actions(ReplyPart.Actions a) {
    List<BlockElement> row = new ArrayList<>();
    for (Action action : a.actions()) {
      String label = Mrkdwn.plain(action.label(), BUTTON_CHARS);
      row.add(
          action.id().equals(Action.OPEN)
              ? ButtonElement.builder()
                  .actionId(ActionIds.OPEN)
                  .text(plainText(label))
                  .url(action.value())
                  .style("primary")
                  .build()
              : button(ActionIds.PREFIX + action.id(), action.value(), label));
    }
    return List.of(ActionsBlock.builder().elements(row).build());
  }

  /** The short answer's one context line: its main source and the knowledge version. */
  String sourceLine(String mainSource) {
    String version = "Knowledge version " + Mrkdwn.escape(knowledgeVersion);
    return mainSource == null || mainSource.isBlank()
        ? ":books: " + version
        : ":books: " + Mrkdwn.escape(mainSource) + " · " + version;
  }

  private static String citation(Citation c) {
    return c.label() + (c.point() == null || c.point().isBlank() ? "" : ": " + c.point());
  }

  private static List<LayoutBlock> buttons(List<TopicRef> topics, String prefix) {
    List<LayoutBlock> rows = new ArrayList<>();
    for (int from = 0; from < topics.size(); from += BUTTONS_PER_ROW) {
      List<BlockElement> row = new ArrayList<>();
      for (int i = from; i < Math.min(topics.size(), from + BUTTONS_PER_ROW); i++) {
        row.add(button(prefix + i, topics.get(i).id(), topics.get(i).title()));
      }
      rows.add(ActionsBlock.builder().elements(row).build());
    }
    return rows;
  }

  static ButtonElement button(String actionId, String value, String label) {
    return ButtonElement.builder()
        .actionId(actionId)
        .value(value)
        .text(plainText(Mrkdwn.plain(label, BUTTON_CHARS)))
        .build();
  }

  static String icon(ReplyPart.Notice.Kind kind) {
    return switch (kind) {
      case PRIVACY -> ":lock:";
      case TRUNCATED -> ":scissors:";
      case FOLLOW_UP -> ":leftwards_arrow_with_hook:";
      case NO_REFERRAL -> ":rotating_light:";
      case INFO -> ":information_source:";
      case NATION -> ":round_pushpin:";
    };
  }

  static String bullets(List<String> items) {
    return items.stream().map(i -> "• " + Mrkdwn.escape(i)).collect(Collectors.joining("\n"));
  }

  static HeaderBlock header(String title) {
    return HeaderBlock.builder().text(plainText(Mrkdwn.plain(title, HEADER_CHARS))).build();
  }

  static SectionBlock section(String escapedMrkdwn) {
    return SectionBlock.builder()
        .text(markdownText(Mrkdwn.fit(escapedMrkdwn, SECTION_CHARS)))
        .build();
  }

  static ContextBlock context(String escapedMrkdwn) {
    return ContextBlock.builder()
        .elements(List.of(markdownText(Mrkdwn.fit(escapedMrkdwn, CONTEXT_CHARS))))
        .build();
  }
}
