package org.dpcoach.slack;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dpcoach.core.practice.PracticeMessage;

/**
 * Renders tips and supervision messages as Block Kit: header, sections, sources and buttons. A
 * keyed post carries its key as the header's block id, a marker the reconcile step can find even
 * where message metadata is not returned.
 */
final class PracticeRenderer {
  static final String ACTION_PREFIX = "dpcoach.";
  static final Pattern PRACTICE_BUTTON =
      Pattern.compile("^dpcoach\\.supervision\\.(next|skip|cpd)$");
  static final String KEY_BLOCK = "dpcoach-key:";
  static final String OPEN_BUTTON = ACTION_PREFIX + PracticeMessage.Action.OPEN;
  static final int BLOCK_ID_CHARS = 255;

  SlackMessage render(PracticeMessage message, String key) {
    List<LayoutBlock> blocks = new ArrayList<>();
    HeaderBlock.HeaderBlockBuilder header =
        HeaderBlock.builder()
            .text(plainText(Mrkdwn.plain(message.title(), SlackParts.HEADER_CHARS)));
    if (!key.isEmpty()) {
      header.blockId(Mrkdwn.plain(KEY_BLOCK + key, BLOCK_ID_CHARS));
    }
    blocks.add(header.build());
    message
        .paragraphs()
        .forEach(p -> blocks.add(SlackParts.section(Mrkdwn.safe(p, SlackParts.SECTION_CHARS))));
    if (!message.sources().isEmpty()) {
      blocks.add(
          SlackParts.context(
              Mrkdwn.fit(
                  "*Sources*\n" + SlackParts.bullets(message.sources()),
                  SlackParts.CONTEXT_CHARS)));
    }
    if (!message.actions().isEmpty()) {
      List<BlockElement> buttons = new ArrayList<>();
      message
          .actions()
          .forEach(
              a ->
                  buttons.add(
                      a.id().equals(PracticeMessage.Action.OPEN)
                          ? ButtonElement.builder()
                              .actionId(OPEN_BUTTON)
                              .text(plainText(Mrkdwn.plain(a.label(), SlackParts.BUTTON_CHARS)))
                              .url(a.value())
                              .style("primary")
                              .build()
                          : ButtonElement.builder()
                              .actionId(ACTION_PREFIX + a.id())
                              .text(plainText(Mrkdwn.plain(a.label(), SlackParts.BUTTON_CHARS)))
                              .value(a.value())
                              .build()));
      blocks.add(ActionsBlock.builder().elements(buttons).build());
    }
    return new SlackMessage(Mrkdwn.safe(message.title(), BlockKitRenderer.TEXT_CHARS), blocks);
  }

  /** Whether a block id is the marker of this key. */
  static boolean marks(String blockId, String key) {
    return blockId != null && blockId.equals(Mrkdwn.plain(KEY_BLOCK + key, BLOCK_ID_CHARS));
  }
}
