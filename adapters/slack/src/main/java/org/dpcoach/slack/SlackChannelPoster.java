package org.dpcoach.slack;

import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.core.port.ChannelPoster;

/**
 * Slack's channel out-port: {@code chat.postMessage} with the post's key in message metadata (event
 * type {@value #EVENT_TYPE}) and as a block id marker; {@code conversations.history} finds a keyed
 * post again, since {@code chat.postMessage} has no idempotency key.
 */
final class SlackChannelPoster implements ChannelPoster {
  static final String PLATFORM = "slack";
  static final String EVENT_TYPE = "dpcoach_post";

  private final SlackPoster poster;
  private final BlockKitRenderer renderer;

  SlackChannelPoster(SlackPoster poster, BlockKitRenderer renderer) {
    this.poster = poster;
    this.renderer = renderer;
  }

  @Override
  public String platform() {
    return PLATFORM;
  }

  @Override
  public Optional<String> post(
      String channel, Optional<String> thread, String key, org.dpcoach.core.model.Message message) {
    Optional<Message.Metadata> metadata =
        key.isEmpty()
            ? Optional.empty()
            : Optional.of(new Message.Metadata(EVENT_TYPE, Map.of("key", key)));
    return poster.postForTs(channel, thread, renderer.render(message, key), metadata);
  }

  @Override
  public Optional<String> find(String channel, String key, Instant since) {
    return poster.history(channel, since).stream()
        .filter(m -> carries(m, key))
        .map(Message::getTs)
        .findFirst();
  }

  private static boolean carries(Message m, String key) {
    Message.Metadata metadata = m.getMetadata();
    if (metadata != null
        && EVENT_TYPE.equals(metadata.getEventType())
        && metadata.getEventPayload() != null
        && key.equals(String.valueOf(metadata.getEventPayload().get("key")))) {
      return true;
    }
    if (m.getBlocks() != null) {
      for (LayoutBlock block : m.getBlocks()) {
        if (BlockKitRenderer.marks(block.getBlockId(), key)) {
          return true;
        }
      }
    }
    return false;
  }
}
