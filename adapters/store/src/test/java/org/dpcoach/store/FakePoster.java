package org.dpcoach.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.port.ChannelPoster;

/**
 * A channel platform in memory: records every post with its key, finds posts by key, and can be
 * told to fail after accepting a post (the answer is lost, as when the process dies).
 */
final class FakePoster implements ChannelPoster {
  record Posted(String channel, String key, String id, Message message, Optional<String> thread) {}

  final List<Posted> posts = new CopyOnWriteArrayList<>();
  final Map<String, Integer> perKey = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong(1_700_000_000_000L);
  volatile Consumer<String> beforePost = key -> {};
  volatile Consumer<String> afterPost = key -> {};

  @Override
  public String platform() {
    return "slack";
  }

  @Override
  public Optional<String> post(
      String channel, Optional<String> thread, String key, Message message) {
    beforePost.accept(key);
    String id = Long.toString(ids.incrementAndGet());
    posts.add(new Posted(channel, key, id, message, thread));
    if (!key.isEmpty()) {
      perKey.merge(key, 1, Integer::sum);
    }
    afterPost.accept(key);
    return Optional.of(id);
  }

  @Override
  public Optional<String> find(String channel, String key, Instant since) {
    return posts.stream()
        .filter(p -> p.channel().equals(channel) && p.key().equals(key))
        .map(Posted::id)
        .findFirst();
  }
}
