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
import org.dpcoach.core.model.Citation;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.model.TopicRef;

/**
 * Renders an engine reply as Block Kit, every part of it, within Slack's limits (50 blocks, 3,000
 * characters a section, 150 a header, 75 a button) and with every text escaped.
 */
final class BlockKitRenderer {
  static final int MAX_BLOCKS = 50;
  static final int SECTION_CHARS = 3_000;
  static final int CONTEXT_CHARS = 2_000;
  static final int HEADER_CHARS = 150;
  static final int BUTTON_CHARS = 75;
  static final int BUTTONS_PER_ROW = 5;
  static final int TEXT_CHARS = 300;

  /** The reply as a message; answers end with the feedback buttons. */
  SlackMessage render(Reply reply) {
    List<LayoutBlock> blocks = new ArrayList<>();
    reply.parts().forEach(part -> part(part, blocks));
    List<LayoutBlock> tail = reply.route() == Route.ANSWER ? feedback(reply) : List.of();
    return new SlackMessage(fallback(reply), fitted(blocks, tail));
  }

  private void part(ReplyPart part, List<LayoutBlock> out) {
    if (part instanceof ReplyPart.Notice n) {
      out.add(context(icon(n.kind()) + " " + Mrkdwn.escape(n.text())));
    } else if (part instanceof ReplyPart.Summary s) {
      out.add(HeaderBlock.builder().text(plainText(Mrkdwn.plain(s.title(), HEADER_CHARS))).build());
      out.add(section(Mrkdwn.escape(s.text())));
    } else if (part instanceof ReplyPart.Points p) {
      points(p, out);
    } else if (part instanceof ReplyPart.EmployerSays e) {
      employer(e, out);
    } else if (part instanceof ReplyPart.NationNote n) {
      out.add(section("*In " + Mrkdwn.escape(n.nation()) + ":* " + Mrkdwn.escape(n.text())));
    } else if (part instanceof ReplyPart.Contacts c) {
      out.add(section("*Contact now*\n" + bullets(c.lines())));
    } else if (part instanceof ReplyPart.Sources s) {
      sources(s, out);
    } else if (part instanceof ReplyPart.Related r) {
      out.add(section("*Related topics*"));
      buttons(r.topics(), ActionIds.RELATED, out);
    } else if (part instanceof ReplyPart.Choices c) {
      out.add(section(Mrkdwn.escape(c.prompt())));
      buttons(c.options(), ActionIds.CHOOSE, out);
    }
  }

  private static void points(ReplyPart.Points p, List<LayoutBlock> out) {
    if (!p.dos().isEmpty()) {
      out.add(section(":white_check_mark: *Do*\n" + bullets(p.dos())));
    }
    if (!p.donts().isEmpty()) {
      out.add(section(":x: *Don't*\n" + bullets(p.donts())));
    }
  }

  private static void employer(ReplyPart.EmployerSays e, List<LayoutBlock> out) {
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
  }

  private static void sources(ReplyPart.Sources s, List<LayoutBlock> out) {
    out.add(DividerBlock.builder().build());
    List<String> lines = s.citations().stream().map(BlockKitRenderer::citation).toList();
    out.add(section(":books: *Sources*\n" + bullets(lines)));
    out.add(context("Knowledge version " + Mrkdwn.escape(s.knowledgeVersion())));
  }

  private static String citation(Citation c) {
    return c.label() + (c.point() == null || c.point().isBlank() ? "" : ": " + c.point());
  }

  private static void buttons(List<TopicRef> topics, String prefix, List<LayoutBlock> out) {
    for (int from = 0; from < topics.size(); from += BUTTONS_PER_ROW) {
      List<BlockElement> row = new ArrayList<>();
      for (int i = from; i < Math.min(topics.size(), from + BUTTONS_PER_ROW); i++) {
        TopicRef t = topics.get(i);
        row.add(
            ButtonElement.builder()
                .actionId(prefix + i)
                .value(t.id())
                .text(plainText(Mrkdwn.plain(t.title(), BUTTON_CHARS)))
                .build());
      }
      out.add(ActionsBlock.builder().elements(row).build());
    }
  }

  private static List<LayoutBlock> feedback(Reply reply) {
    String value =
        reply.topic()
            + "|"
            + reply.knowledgeVersion()
            + "|"
            + reply
                .part(ReplyPart.ShortAnswer.class)
                .flatMap(ReplyPart.ShortAnswer::caseId)
                .orElse("");
    List<BlockElement> row =
        List.of(
            ButtonElement.builder()
                .actionId(ActionIds.HELPFUL)
                .value(value)
                .text(plainText(":thumbsup: Helpful"))
                .build(),
            ButtonElement.builder()
                .actionId(ActionIds.UNHELPFUL)
                .value(value)
                .text(plainText(":thumbsdown: Not helpful"))
                .build());
    return List.of(context("Was this helpful?"), ActionsBlock.builder().elements(row).build());
  }

  /** The blocks, cut to Slack's 50 with a note when cut, the tail always kept. */
  private static List<LayoutBlock> fitted(List<LayoutBlock> body, List<LayoutBlock> tail) {
    if (body.size() + tail.size() <= MAX_BLOCKS) {
      List<LayoutBlock> all = new ArrayList<>(body);
      all.addAll(tail);
      return all;
    }
    List<LayoutBlock> all = new ArrayList<>(body.subList(0, MAX_BLOCKS - tail.size() - 1));
    all.add(context("Part of this answer was cut to fit in Slack."));
    all.addAll(tail);
    return all;
  }

  private static String fallback(Reply reply) {
    return reply
        .part(ReplyPart.Summary.class)
        .map(s -> Mrkdwn.safe(s.title(), TEXT_CHARS))
        .orElse("dpcoach");
  }

  private static String icon(ReplyPart.Notice.Kind kind) {
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
