package org.dpcoach.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.dpcoach.testkit.RecordingFake;

/**
 * Microsoft Graph's channel messages and Entra ID's token endpoint, faked on loopback: tokens for
 * the client-credentials grant, channel messages newest first in pages of {@value #PAGE} with an
 * {@code @odata.nextLink}; requests without the token it issued get 401.
 */
final class FakeGraph extends RecordingFake<FakeGraph.TokenRequest> {
  static final String TOKEN = "graph-token-for-tests";
  static final int PAGE = 2;

  /** One token request as the fake saw it: the tenant in its path and its form fields. */
  record TokenRequest(String tenant, Map<String, String> form) {}

  private record Message(String id, Instant created, Instant modified, String card) {}

  private final Map<String, List<Message>> channels = new ConcurrentHashMap<>();
  private final AtomicInteger pages = new AtomicInteger();
  private volatile boolean refuseTokens;

  FakeGraph() {
    start();
  }

  URI url() {
    return URI.create(origin());
  }

  /** Adds a channel message (a card's JSON text, or null for a plain message). */
  void add(String team, String channel, String id, Instant created, String card) {
    add(team, channel, id, created, created, card);
  }

  /** A message last modified (edited, or replied to) later than it was created. */
  void add(String team, String channel, String id, Instant created, Instant modified, String card) {
    channels
        .computeIfAbsent(team + "|" + channel, k -> new CopyOnWriteArrayList<>())
        .add(new Message(id, created, modified, card));
  }

  List<TokenRequest> tokenRequests() {
    return calls();
  }

  /** Whether the token endpoint answers 401 invalid_client (a wrong secret) from now on. */
  void refuseTokens(boolean refuse) {
    refuseTokens = refuse;
  }

  int pages() {
    return pages.get();
  }

  @Override
  protected void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String[] parts = path.split("/");
      if ("POST".equals(exchange.getRequestMethod()) && path.endsWith("/oauth2/v2.0/token")) {
        record(new TokenRequest(parts[1], form(bodyText(exchange))));
        if (refuseTokens) {
          respond(
              exchange,
              401,
              "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid"
                  + " client secret provided.\"}");
          return;
        }
        respond(
            exchange,
            200,
            "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"" + TOKEN + "\"}");
        return;
      }
      if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        respond(exchange, 401, "{\"error\":{\"code\":\"InvalidAuthenticationToken\"}}");
        return;
      }
      // /v1.0/teams/{team}/channels/{channel}/messages
      if (parts.length != 7 || !"messages".equals(parts[6])) {
        respond(exchange, 404, "{\"error\":{\"code\":\"NotFound\"}}");
        return;
      }
      pages.incrementAndGet();
      List<Message> all =
          new ArrayList<>(channels.getOrDefault(parts[3] + "|" + parts[5], List.of()));
      // Graph lists a channel's messages newest first by their last change, not their creation
      all.sort(Comparator.comparing(Message::modified).reversed());
      int from = skip(exchange.getRequestURI().getRawQuery());
      ObjectNode page = FakeConnector.JSON.createObjectNode();
      ArrayNode value = page.putArray("value");
      for (Message m : all.subList(Math.min(from, all.size()), Math.min(from + PAGE, all.size()))) {
        ObjectNode message =
            value
                .addObject()
                .put("id", m.id())
                .put("createdDateTime", m.created().toString())
                .put("lastModifiedDateTime", m.modified().toString());
        ArrayNode attachments = message.putArray("attachments");
        if (m.card() != null) {
          attachments
              .addObject()
              .put("id", "att-" + m.id())
              .put("contentType", Card.CONTENT_TYPE)
              .put("content", m.card());
        }
      }
      if (from + PAGE < all.size()) {
        page.put(
            "@odata.nextLink",
            url() + exchange.getRequestURI().getRawPath() + "?$skiptoken=" + (from + PAGE));
      }
      respond(exchange, 200, page.toString());
    }
  }

  private static int skip(String query) {
    if (query == null) {
      return 0;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("$skiptoken=")) {
        return Integer.parseInt(pair.substring("$skiptoken=".length()));
      }
    }
    return 0;
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    respond(exchange, status, body, Map.of());
  }
}
