package org.dpcoach.core.practice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.port.ChannelPoster;

/**
 * A channel poster that keeps what it was asked to post, in order, so a conversation test can
 * assert the posts; each post gets the next message id ({@code m1}, {@code m2}, ...). Shared with
 * the adapters' tests.
 */
public final class CollectingPoster implements ChannelPoster {
  /** One post: where it went, its key and the message. */
  public record Post(
      String channel, Optional<String> thread, String key, String id, Message message) {}

  private final String platform;
  private final List<Post> posts = new CopyOnWriteArrayList<>();
  private volatile boolean refusing;

  /** A poster for the platform with the id. */
  public CollectingPoster(String platform) {
    this.platform = platform;
  }

  @Override
  public String platform() {
    return platform;
  }

  @Override
  public Optional<String> post(
      String channel, Optional<String> thread, String key, Message message) {
    if (refusing) {
      return Optional.empty();
    }
    String id = "m" + (posts.size() + 1);
    posts.add(new Post(channel, thread, key, id, message));
    return Optional.of(id);
  }

  @Override
  public Optional<String> find(String channel, String key, Instant since) {
    return posts.stream()
        .filter(p -> p.channel().equals(channel) && p.key().equals(key) && !key.isEmpty())
        .map(Post::id)
        .findFirst();
  }

  /** From now on the platform refuses every post (the coach is not in the channel, say). */
  public void refuse() {
    refusing = true;
  }

  /** Every post so far, in order. */
  public List<Post> posts() {
    return List.copyOf(posts);
  }

  /** The last post. */
  public Post last() {
    return posts.get(posts.size() - 1);
  }
}
