package org.dpcoach.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** A message ready to post: the notification text (already escaped) and its blocks. */
record SlackMessage(String text, List<LayoutBlock> blocks) {

  /** Copies the blocks. */
  SlackMessage {
    blocks = List.copyOf(blocks);
  }
}
