package org.dpcoach.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import org.dpcoach.testkit.WrappedText;

/**
 * How tall a message is in Slack's phone app, estimated in points on a 390 pt wide phone (iPhone 12
 * to 15): a text column of 300 pt beside the avatar, body text 15 pt on 22 pt lines (about 41
 * characters a line), context 12 pt on 17 pt lines (about 52 a line), headers 18 pt on 26 pt lines
 * (about 30 a line), buttons 36 pt tall, 8 pt apart, as wide as their label (7.5 pt a character)
 * plus 24 pt of padding, flowing into rows; 8 pt between blocks and 24 pt for the name and time.
 * The message list of that phone shows about 630 pt (844 pt less the status bar, the channel
 * header, the composer and the home indicator).
 */
final class PhoneScreen {
  static final int SCREEN_PT = 630;
  static final int COLUMN_PT = 300;

  private PhoneScreen() {}

  /** The estimated height of a message, in points. */
  static int heightPt(SlackMessage message) {
    int height = 24;
    for (LayoutBlock block : message.blocks()) {
      height += 8 + block(block);
    }
    return height;
  }

  /** The characters of text a person reads in the message (buttons included). */
  static int characters(SlackMessage message) {
    int chars = 0;
    for (LayoutBlock block : message.blocks()) {
      if (block instanceof SectionBlock s) {
        chars += s.getText().getText().length();
      } else if (block instanceof ContextBlock c) {
        chars += ((MarkdownTextObject) c.getElements().get(0)).getText().length();
      } else if (block instanceof HeaderBlock h) {
        chars += h.getText().getText().length();
      } else if (block instanceof ActionsBlock a) {
        for (BlockElement e : a.getElements()) {
          chars += ((ButtonElement) e).getText().getText().length();
        }
      }
    }
    return chars;
  }

  private static int block(LayoutBlock block) {
    if (block instanceof SectionBlock s) {
      return WrappedText.lines(s.getText().getText(), 41) * 22;
    } else if (block instanceof ContextBlock c) {
      return WrappedText.lines(((MarkdownTextObject) c.getElements().get(0)).getText(), 52) * 17;
    } else if (block instanceof HeaderBlock h) {
      return WrappedText.lines(h.getText().getText(), 30) * 26;
    } else if (block instanceof DividerBlock) {
      return 9;
    } else if (block instanceof ActionsBlock a) {
      return buttonRows(a) * 44 - 8;
    }
    return 40;
  }

  private static int buttonRows(ActionsBlock actions) {
    int rows = 1;
    double used = 0;
    for (BlockElement e : actions.getElements()) {
      double width =
          Math.min(COLUMN_PT, 24 + 7.5 * ((ButtonElement) e).getText().getText().length());
      if (used > 0 && used + 8 + width > COLUMN_PT) {
        rows++;
        used = 0;
      }
      used += (used > 0 ? 8 : 0) + width;
    }
    return rows;
  }
}
