package org.dpcoach.slack;

import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.dpcoach.core.port.ChannelPoster;

/**
 * Slack's channel out-port: {@code chat.postMessage} with the post's key in message metadata (event
 * type {@value #EVENT_TYPE}) and as a block id marker; {@code conversations.history} finds a keyed
 * post again, since {@code chat.postMessage} has no idempotency key. A post to a person (a user id)
 * goes to their DM with the app, opened first with {@code conversations.open}, so that it is found
 * again in that DM's {@code D…} channel; {@code chat.update} rewrites a post.
 */
final class SlackChannelPoster implements ChannelPoster {
  static final String PLATFORM = "slack";
  static final String EVENT_TYPE = "dpcoach_post";
  private static final Pattern USER = Pattern.compile("^[UW][A-Z0-9]{2,}$");

  private final SlackPoster poster;
  private final BlockKitRenderer renderer;
  private final Map<String, String> dms = new ConcurrentHashMap<>();

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
    Optional<String> to = conversation(channel);
    return to.isEmpty()
        ? Optional.empty()
        : poster.postForTs(to.get(), thread, Mentions.in(renderer.render(message, key)), metadata);
  }

  /** {@code chat.update} of the post with the ts; the key stays on it as its marker. */
  @Override
  public boolean update(
      String channel, String messageId, String key, org.dpcoach.core.model.Message message) {
    Optional<String> to = conversation(channel);
    SlackMessage m = Mentions.in(renderer.render(message, key));
    return to.isPresent()
        && poster
            .<ChatUpdateResponse>callFor(
                "chat.update",
                false,
                () ->
                    poster
                        .methods()
                        .chatUpdate(
                            r ->
                                r.channel(to.get())
                                    .ts(messageId)
                                    .text(m.text())
                                    .blocks(m.blocks())))
            .isPresent();
  }

  @Override
  public Optional<String> find(String channel, String key, Instant since) {
    String in =
        conversation(channel)
            .orElseThrow(() -> new IllegalStateException("conversations.open refused"));
    return poster.history(in, since).stream()
        .filter(m -> carries(m, key))
        .map(Message::getTs)
        .findFirst();
  }

  /**
   * Where a post to the channel goes: a channel id as it is; a user id is their DM with the app,
   * opened (again harmlessly) with {@code conversations.open}. Empty when Slack refused to open it;
   * throws when its answer was lost.
   */
  private Optional<String> conversation(String channel) {
    if (!USER.matcher(channel).matches()) {
      return Optional.of(channel);
    }
    String known = dms.get(channel);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<String> dm =
        poster
            .<ConversationsOpenResponse>callFor(
                "conversations.open",
                true,
                () -> poster.methods().conversationsOpen(r -> r.users(java.util.List.of(channel))))
            .map(r -> r.getChannel() == null ? null : r.getChannel().getId());
    dm.ifPresent(d -> dms.put(channel, d));
    return dm;
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
