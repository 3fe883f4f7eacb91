package org.dpcoach.teams;

import java.net.http.HttpClient;
import java.time.Instant;
import java.util.Optional;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.port.ChannelPoster;
import org.dpcoach.core.port.ConversationAddress;
import org.dpcoach.core.port.ConversationDirectory;
import org.dpcoach.support.Retry.Pause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Teams' channel out-port: posts a practice message as an Adaptive Card, unasked, to a kept
 * conversation or as a reply in one of its channel's threads ({@code <channel>;messageid=<root>}),
 * with the post's key as a marker in the card; finds a keyed post again with Microsoft Graph when
 * it can read the team's channel (resource-specific consent {@code ChannelMessage.Read.Group}).
 */
final class TeamsChannelPoster implements ChannelPoster {
  static final String PLATFORM = "teams";
  static final String THREAD = ";messageid=";
  private static final Logger LOG = LoggerFactory.getLogger(TeamsChannelPoster.class);

  private final ConversationDirectory references;
  private final Proactive proactive;
  private final AdaptiveCardRenderer cards;
  private final Optional<GraphChannelMessages> graph;

  TeamsChannelPoster(
      ConversationDirectory references,
      Proactive proactive,
      AdaptiveCardRenderer cards,
      Optional<GraphChannelMessages> graph) {
    this.references = references;
    this.proactive = proactive;
    this.cards = cards;
    this.graph = graph;
  }

  /** The poster over its own connector adapter, with Graph when the settings allow it. */
  static TeamsChannelPoster create(
      TeamsSettings settings,
      ConversationDirectory references,
      CoachHttpAdapter connector,
      Pause pause,
      HttpClient http) {
    Proactive proactive = new Proactive(connector, settings, new Delivery(pause));
    Optional<GraphChannelMessages> graph =
        settings.graphAvailable()
            ? Optional.of(new GraphChannelMessages(settings, new GraphToken(settings, http), http))
            : Optional.empty();
    return new TeamsChannelPoster(references, proactive, new AdaptiveCardRenderer(), graph);
  }

  @Override
  public String platform() {
    return PLATFORM;
  }

  @Override
  public Optional<String> post(
      String channel, Optional<String> thread, String key, Message message) {
    Optional<ConversationAddress> to = references.find(channel);
    if (to.isEmpty()) {
      LOG.warn("no conversation reference for {}: the coach was not added there", channel);
      return Optional.empty();
    }
    String conversation = thread.map(t -> channel + THREAD + t).orElse(channel);
    return proactive
        .send(to.get(), conversation, Replies.activity(cards.render(message, key)))
        .filter(id -> !id.isBlank());
  }

  /** Rewrites a post (its activity id kept in the outbox) in its conversation with the new card. */
  @Override
  public boolean update(String channel, String messageId, String key, Message message) {
    Optional<ConversationAddress> to = references.find(channel);
    return to.isPresent()
        && proactive.update(
            to.get(), channel, messageId, Replies.activity(cards.render(message, key)));
  }

  /**
   * Looks for the keyed post with Microsoft Graph; empty without Graph (no credentials, local mode,
   * no team id kept for the channel, not a team channel) or when Graph refuses, in which case the
   * reconcile step posts the tip again, so a tip can then arrive twice (at least once).
   */
  @Override
  public Optional<String> find(String channel, String key, Instant since) {
    if (graph.isEmpty() || key.isEmpty()) {
      return Optional.empty();
    }
    Optional<ConversationAddress> to =
        references
            .find(channel)
            .filter(proactive::allowed)
            .filter(c -> c.teamId().isPresent() && c.tenantId().isPresent())
            .filter(c -> c.conversationType().map("channel"::equals).orElse(true));
    if (to.isEmpty()) {
      return Optional.empty();
    }
    return graph
        .get()
        .find(
            to.get().tenantId().get(),
            to.get().teamId().get(),
            channel,
            since,
            card -> CardMarker.carries(card, key));
  }
}
