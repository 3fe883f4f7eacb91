package org.dpcoach.slack;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.TextObject;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * People named in Slack text as mentions, so Slack shows their name: a person's name is kept as
 * their user id (and the handle a payload gave, if any) between two private-use marks (the desk
 * drops such marks from anything typed), and rendered text turns each into {@code <@U…>} (or {@code
 * <@U…|handle>}) after Slack's escaping. Stray marks are dropped.
 */
final class Mentions {
  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';
  private static final Pattern MARKED =
      Pattern.compile(OPEN + "([UW][A-Z0-9]{2,30})(\\|[^" + OPEN + CLOSE + "]{1,80})?" + CLOSE);
  private static final Pattern NOT_HANDLE = Pattern.compile("[^\\p{L}\\p{N} ._'-]");
  private static final Pattern STRAY = Pattern.compile("[" + OPEN + CLOSE + "]");

  private Mentions() {}

  /** The name to keep for a Slack user: their id, marked to become a mention. */
  static String of(String user) {
    return OPEN + user + CLOSE;
  }

  /** The name to keep for a Slack user with the handle a payload gave (kept as the label). */
  static String of(String user, Optional<String> handle) {
    String label = handle.map(h -> NOT_HANDLE.matcher(h).replaceAll("").strip()).orElse("");
    return label.isEmpty()
        ? of(user)
        : OPEN + user + "|" + label.substring(0, Math.min(80, label.length())) + CLOSE;
  }

  /** The marked ids as mentions, in the message's section and context texts. */
  static SlackMessage in(SlackMessage message) {
    for (LayoutBlock block : message.blocks()) {
      if (block instanceof SectionBlock s) {
        mention(s.getText());
      } else if (block instanceof ContextBlock c && c.getElements() != null) {
        c.getElements().forEach(e -> mention(e instanceof TextObject t ? t : null));
      }
    }
    return new SlackMessage(STRAY.matcher(message.text()).replaceAll(""), message.blocks());
  }

  private static void mention(TextObject text) {
    if (text instanceof MarkdownTextObject m && m.getText() != null) {
      m.setText(STRAY.matcher(MARKED.matcher(m.getText()).replaceAll("<@$1$2>")).replaceAll(""));
    }
  }
}
