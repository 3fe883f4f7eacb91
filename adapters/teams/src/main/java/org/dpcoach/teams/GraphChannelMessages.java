package org.dpcoach.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Predicate;
import org.dpcoach.support.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a team channel's messages with Microsoft Graph ({@code GET
 * {graph}/v1.0/teams/{team}/channels/{channel}/messages}, newest first) to find a post whose card
 * matches: follows {@code @odata.nextLink} (only on the configured Graph host) while messages are
 * newer than the cut-off, at most {@value #MAX_PAGES} pages. Needs the app's resource-specific
 * consent {@code ChannelMessage.Read.Group} in that team. Logs statuses and counts, never a
 * message.
 */
final class GraphChannelMessages {
  static final int PAGE_SIZE = 50;
  static final int MAX_PAGES = 5;
  static final int MAX_ID = 300;
  static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Logger LOG = LoggerFactory.getLogger(GraphChannelMessages.class);

  private final String graph;
  private final GraphToken tokens;
  private final HttpClient http;

  GraphChannelMessages(TeamsSettings settings, GraphToken tokens, HttpClient http) {
    this.graph = GraphToken.base(settings.graphUrl());
    this.tokens = tokens;
    this.http = http;
  }

  /**
   * The id of the newest message since the instant with an Adaptive Card whose JSON text matches;
   * empty when none was found or Graph could not be read.
   */
  Optional<String> find(
      String tenant, String teamId, String channelId, Instant since, Predicate<String> card) {
    if (teamId.isBlank() || teamId.length() > MAX_ID || channelId.length() > MAX_ID) {
      return Optional.empty();
    }
    Optional<String> token = tokens.get(tenant);
    if (token.isEmpty()) {
      return Optional.empty();
    }
    String next =
        graph
            + "/v1.0/teams/"
            + encode(teamId)
            + "/channels/"
            + encode(channelId)
            + "/messages?$top="
            + PAGE_SIZE;
    for (int page = 1; page <= MAX_PAGES && next != null; page++) {
      Optional<JsonNode> body = get(next, token.get(), tenant);
      if (body.isEmpty()) {
        return Optional.empty();
      }
      boolean older = false;
      for (JsonNode message : body.get().path("value")) {
        if (changedBefore(message, since)) {
          older = true;
        } else if (carries(message, card)) {
          return Optional.of(message.path("id").asText()).filter(id -> !id.isBlank());
        }
      }
      String link = body.get().path("@odata.nextLink").asText(null);
      next = older || link == null || !link.startsWith(graph + "/") ? null : link;
    }
    return Optional.empty();
  }

  private Optional<JsonNode> get(String url, String token, String tenant) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .GET()
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 401) {
        tokens.forget(tenant);
      }
      if (response.statusCode() != 200) {
        LOG.warn("graph channel messages read failed: HTTP {}", response.statusCode());
        return Optional.empty();
      }
      return Optional.of(Json.MAPPER.readTree(response.body()));
    } catch (IOException | IllegalArgumentException e) {
      LOG.warn("graph channel messages read failed: {}", e.getClass().getName());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * Whether the message last changed before the instant. Graph lists a channel's messages newest
   * first by their last change ({@code lastModifiedDateTime}, which is never before their
   * creation), so once one changed before the instant, no later one was created after it.
   */
  private static boolean changedBefore(JsonNode message, Instant since) {
    String changed = message.path("lastModifiedDateTime").asText("");
    try {
      return Instant.parse(changed.isEmpty() ? message.path("createdDateTime").asText("") : changed)
          .isBefore(since);
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean carries(JsonNode message, Predicate<String> card) {
    for (JsonNode attachment : message.path("attachments")) {
      if (Card.CONTENT_TYPE.equals(attachment.path("contentType").asText(""))
          && card.test(content(attachment.path("content")))) {
        return true;
      }
    }
    return false;
  }

  /** Graph gives a card's JSON as a string; an object is taken as it is. */
  private static String content(JsonNode content) {
    return content.isTextual() ? content.asText() : content.isObject() ? content.toString() : "";
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
