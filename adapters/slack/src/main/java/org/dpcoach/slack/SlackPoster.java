package org.dpcoach.slack;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.model.Message;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dpcoach.support.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends to the Web API (and to response URLs), honouring HTTP 429 {@code Retry-After}. Logs the
 * method and Slack's error code, never the message.
 */
final class SlackPoster {
  private static final Logger LOG = LoggerFactory.getLogger(SlackPoster.class);
  private static final Set<String> RESPONSE_HOSTS =
      Set.of("hooks.slack.com", "hooks.slack-gov.com");

  private final Slack slack;
  private final MethodsClient methods;
  private final URI apiUrl;
  private final Retry retry;
  private final Gson gson;

  SlackPoster(Slack slack, String botToken, URI apiUrl, Retry.Pause pause) {
    this.slack = slack;
    this.methods = slack.methods(botToken);
    this.apiUrl = apiUrl;
    this.retry = new Retry(pause);
    this.gson = GsonFactory.createSnakeCase(slack.getConfig());
  }

  /** Posts the message where it should go; true when Slack accepted it. */
  boolean send(Destination to, SlackMessage message) {
    if (to instanceof Destination.Channel c) {
      return call(
          "chat.postMessage",
          () ->
              methods.chatPostMessage(
                  r ->
                      r.channel(c.channel())
                          .threadTs(c.threadTs().orElse(null))
                          .text(message.text())
                          .blocks(message.blocks())
                          .unfurlLinks(false)
                          .unfurlMedia(false)));
    } else if (to instanceof Destination.Ephemeral e) {
      return call(
          "chat.postEphemeral",
          () ->
              methods.chatPostEphemeral(
                  r ->
                      r.channel(e.channel())
                          .user(e.user())
                          .threadTs(e.threadTs().orElse(null))
                          .text(message.text())
                          .blocks(message.blocks())));
    } else if (to instanceof Destination.ResponseUrl u) {
      return respond(u.url(), message);
    }
    return false;
  }

  /** The Web API client, for calls made through {@link #callFor}. */
  MethodsClient methods() {
    return methods;
  }

  /** Publishes a user's App Home tab. */
  boolean publishHome(String userId, View view) {
    return call("views.publish", () -> methods.viewsPublish(r -> r.userId(userId).view(view)));
  }

  /** Opens a modal for a trigger. */
  boolean openView(String triggerId, View view) {
    return call("views.open", () -> methods.viewsOpen(r -> r.triggerId(triggerId).view(view)));
  }

  /** Whether a response URL may be posted to: Slack's hooks hosts, or the configured API's host. */
  boolean allowedResponseUrl(String url) {
    try {
      URI uri = URI.create(url);
      boolean slackHook = "https".equals(uri.getScheme()) && RESPONSE_HOSTS.contains(uri.getHost());
      boolean sameApi =
          apiUrl.getScheme().equals(uri.getScheme())
              && apiUrl.getHost().equals(uri.getHost())
              && apiUrl.getPort() == uri.getPort();
      return slackHook || sameApi;
    } catch (IllegalArgumentException | NullPointerException e) {
      return false;
    }
  }

  private boolean respond(String url, SlackMessage message) {
    if (!allowedResponseUrl(url)) {
      LOG.warn("refused a response URL outside Slack's hooks hosts");
      return false;
    }
    JsonObject body = new JsonObject();
    body.addProperty("response_type", "ephemeral");
    body.addProperty("replace_original", false);
    body.addProperty("text", message.text());
    body.add("blocks", gson.toJsonTree(message.blocks()));
    String payload = gson.toJson(body);
    return retry.run(
        "response URL",
        () -> {
          try {
            WebhookResponse response = slack.send(url, payload);
            if (response.getCode() == 429) {
              return Retry.limited(null, false);
            }
            if (response.getCode() != 200) {
              LOG.warn("response URL answered {}", response.getCode());
            }
            return Retry.done(response.getCode() == 200);
          } catch (IOException e) {
            LOG.warn("response URL failed: {}", e.getClass().getName());
            return Retry.done(false);
          }
        });
  }

  /** One Web API call; what it does and whether it worked. */
  @FunctionalInterface
  interface ApiCall<T extends SlackApiTextResponse> {
    T run() throws IOException, SlackApiException;
  }

  /**
   * Posts to a channel; Slack's {@code ts} when accepted. Throws when the answer was lost (Slack
   * may have the message).
   */
  Optional<String> postForTs(
      String channel,
      Optional<String> thread,
      SlackMessage message,
      Optional<Message.Metadata> metadata) {
    return callFor(
            "chat.postMessage",
            true,
            () ->
                methods.chatPostMessage(
                    r ->
                        r.channel(channel)
                            .threadTs(thread.orElse(null))
                            .text(message.text())
                            .blocks(message.blocks())
                            .metadata(metadata.orElse(null))
                            .unfurlLinks(false)
                            .unfurlMedia(false)))
        .map(ChatPostMessageResponse::getTs);
  }

  /** The channel's messages since the instant, newest first, with their metadata (up to 1,000). */
  List<Message> history(String channel, Instant since) {
    List<Message> messages = new ArrayList<>();
    String cursor = null;
    for (int page = 0; page < 5; page++) {
      String at = cursor;
      Optional<ConversationsHistoryResponse> response =
          callFor(
              "conversations.history",
              true,
              () ->
                  methods.conversationsHistory(
                      r ->
                          r.channel(channel)
                              .oldest(since.getEpochSecond() + ".000000")
                              .includeAllMetadata(true)
                              .limit(200)
                              .cursor(at)));
      if (response.isEmpty()) {
        throw new IllegalStateException("conversations.history refused");
      }
      messages.addAll(
          response.get().getMessages() == null ? List.of() : response.get().getMessages());
      cursor =
          response.get().getResponseMetadata() == null
              ? null
              : response.get().getResponseMetadata().getNextCursor();
      if (!response.get().isHasMore() || cursor == null || cursor.isEmpty()) {
        break;
      }
    }
    return messages;
  }

  private boolean call(String method, ApiCall<? extends SlackApiTextResponse> api) {
    return callFor(method, false, api).isPresent();
  }

  /**
   * The response when Slack said ok; {@code strict} turns a lost answer (I/O failure) into an
   * exception.
   */
  <T extends SlackApiTextResponse> Optional<T> callFor(
      String method, boolean strict, ApiCall<T> api) {
    return retry.run(
        method,
        () -> {
          try {
            T response = api.run();
            if (!response.isOk()) {
              LOG.warn("{} failed: {}", method, response.getError());
              return Retry.done(Optional.empty());
            }
            return Retry.done(Optional.of(response));
          } catch (SlackApiException e) {
            if (e.getResponse().code() == 429) {
              return Retry.limited(e.getResponse().header("Retry-After"), Optional.empty());
            }
            LOG.warn("{} failed with HTTP {}", method, e.getResponse().code());
            return Retry.done(Optional.empty());
          } catch (IOException e) {
            LOG.warn("{} failed: {}", method, e.getClass().getName());
            if (strict) {
              throw new UncheckedIOException(method + " answer lost", e);
            }
            return Retry.done(Optional.empty());
          }
        });
  }
}
