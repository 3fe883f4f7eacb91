package org.dpcoach.slack;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.model.TopicRef;

/**
 * Renders an engine reply as Block Kit within Slack's limits (50 blocks). An answer with a short
 * answer is a message that fits one phone screen: the short answer, one context line (main source
 * and knowledge version), then Full guidance, the top related case or topic, and Helpful / Not
 * helpful; {@link #fullGuidance} renders the rest for the Full guidance button. A reply without a
 * short answer shows every part.
 */
final class BlockKitRenderer {
  static final int MAX_BLOCKS = 50;
  static final int TEXT_CHARS = 300;
  static final String FULL_GUIDANCE = "Full guidance";
  static final String KEY_BLOCK = "dpcoach-key:";
  static final int BLOCK_ID_CHARS = 255;

  /** The reply as a message: the short answer first when it has one; answers end with feedback. */
  SlackMessage render(Reply reply) {
    Optional<ReplyPart.ShortAnswer> shortAnswer = reply.shortAnswer();
    if (shortAnswer.isPresent()) {
      List<LayoutBlock> blocks = blocks(reply.lead(), reply);
      blocks.add(ActionsBlock.builder().elements(shortActions(reply, shortAnswer.get())).build());
      return new SlackMessage(fallback(reply), fitted(blocks, List.of()));
    }
    List<LayoutBlock> tail = reply.route() == Route.ANSWER ? feedback(reply) : List.of();
    return new SlackMessage(fallback(reply), fitted(blocks(reply.parts(), reply), tail));
  }

  /**
   * A tip, supervision step, debrief or desk answer as a message. A keyed post carries its key as
   * the header's block id, a marker the reconcile step can find even where message metadata is not
   * returned; {@code key} is empty for a message that needs none.
   */
  SlackMessage render(Message message, String key) {
    SlackParts visitor = new SlackParts("");
    List<LayoutBlock> blocks = new ArrayList<>();
    message.parts().forEach(part -> blocks.addAll(part.accept(visitor)));
    if (!key.isEmpty() && blocks.get(0) instanceof HeaderBlock header) {
      header.setBlockId(Mrkdwn.plain(KEY_BLOCK + key, BLOCK_ID_CHARS));
    }
    return new SlackMessage(Mrkdwn.safe(message.title(), TEXT_CHARS), blocks);
  }

  /** Whether a block id is the marker of this key. */
  static boolean marks(String blockId, String key) {
    return blockId != null && blockId.equals(Mrkdwn.plain(KEY_BLOCK + key, BLOCK_ID_CHARS));
  }

  /**
   * The full guidance behind a short answer (every part after it), headed by the topic's title and,
   * when it has no summary, the whole short answer (it stood in for the summary); the whole reply
   * when it has no short answer.
   */
  SlackMessage fullGuidance(Reply reply) {
    List<ReplyPart> guidance =
        reply.fullGuidance().isEmpty() ? reply.parts() : reply.fullGuidance();
    List<LayoutBlock> blocks = new ArrayList<>();
    boolean headed = guidance.stream().anyMatch(p -> p instanceof ReplyPart.Summary);
    reply
        .shortAnswer()
        .filter(s -> !headed)
        .ifPresent(
            s -> {
              blocks.add(SlackParts.header(s.question()));
              blocks.add(SlackParts.section(Mrkdwn.escape(s.text())));
            });
    blocks.addAll(blocks(guidance, reply));
    return new SlackMessage(fallback(reply), fitted(blocks, List.of()));
  }

  private static List<LayoutBlock> blocks(List<ReplyPart> parts, Reply reply) {
    SlackParts visitor = new SlackParts(reply.knowledgeVersion());
    List<LayoutBlock> blocks = new ArrayList<>();
    parts.forEach(part -> blocks.addAll(part.accept(visitor)));
    return blocks;
  }

  /** Full guidance, the top related case or topic, Helpful and Not helpful, in one row. */
  private static List<BlockElement> shortActions(Reply reply, ReplyPart.ShortAnswer shortAnswer) {
    List<BlockElement> row = new ArrayList<>();
    ButtonElement full =
        SlackParts.button(
            ActionIds.FULL,
            GuidanceKey.of(reply.topic(), shortAnswer.caseId()).value(),
            FULL_GUIDANCE);
    full.setStyle("primary");
    row.add(full);
    reply
        .part(ReplyPart.Related.class)
        .flatMap(r -> r.topics().stream().findFirst())
        .ifPresent(t -> row.add(related(t)));
    row.addAll(feedbackButtons(reply));
    return row;
  }

  private static ButtonElement related(TopicRef top) {
    return SlackParts.button(ActionIds.RELATED + "0", top.id(), top.title());
  }

  private static List<LayoutBlock> feedback(Reply reply) {
    return List.of(
        SlackParts.context("Was this helpful?"),
        ActionsBlock.builder().elements(feedbackButtons(reply)).build());
  }

  private static List<BlockElement> feedbackButtons(Reply reply) {
    String value =
        reply.topic()
            + "|"
            + reply.knowledgeVersion()
            + "|"
            + reply
                .part(ReplyPart.ShortAnswer.class)
                .flatMap(ReplyPart.ShortAnswer::caseId)
                .orElse("");
    return List.of(
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
  }

  /** The blocks, cut to Slack's 50 with a note when cut, the tail always kept. */
  private static List<LayoutBlock> fitted(List<LayoutBlock> body, List<LayoutBlock> tail) {
    if (body.size() + tail.size() <= MAX_BLOCKS) {
      List<LayoutBlock> all = new ArrayList<>(body);
      all.addAll(tail);
      return all;
    }
    List<LayoutBlock> all = new ArrayList<>(body.subList(0, MAX_BLOCKS - tail.size() - 1));
    all.add(SlackParts.context("Part of this answer was cut to fit in Slack."));
    all.addAll(tail);
    return all;
  }

  private static String fallback(Reply reply) {
    return reply
        .part(ReplyPart.Summary.class)
        .map(s -> Mrkdwn.safe(s.title(), TEXT_CHARS))
        .or(() -> reply.shortAnswer().map(s -> Mrkdwn.safe(s.question(), TEXT_CHARS)))
        .orElse("dpcoach");
  }
}
