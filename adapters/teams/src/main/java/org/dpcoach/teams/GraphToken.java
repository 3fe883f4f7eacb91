package org.dpcoach.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.dpcoach.support.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * App-only Microsoft Graph tokens from Entra ID ({@code POST {login}/{tenant}/oauth2/v2.0/token},
 * client credentials, scope {@value #SCOPE}), one per tenant, kept until five minutes before they
 * expire. Logs statuses, never a token or the secret.
 */
final class GraphToken {
  static final String SCOPE = "https://graph.microsoft.com/.default";
  static final Duration MARGIN = Duration.ofMinutes(5);
  static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final Logger LOG = LoggerFactory.getLogger(GraphToken.class);
  private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,99}");

  private record Held(String token, Instant until) {}

  private final TeamsSettings settings;
  private final HttpClient http;
  private final Clock clock;
  private final Map<String, Held> held = new ConcurrentHashMap<>();

  GraphToken(TeamsSettings settings, HttpClient http, Clock clock) {
    this.settings = settings;
    this.http = http;
    this.clock = clock;
  }

  /** A token for the tenant, from the cache or Entra ID; empty when none could be had. */
  Optional<String> get(String tenant) {
    if (!TENANT.matcher(tenant).matches() || settings.appPassword().isEmpty()) {
      return Optional.empty();
    }
    Held current = held.get(tenant);
    if (current != null && clock.instant().isBefore(current.until())) {
      return Optional.of(current.token());
    }
    Optional<Held> fresh = request(tenant);
    fresh.ifPresent(h -> held.put(tenant, h));
    return fresh.map(Held::token);
  }

  /** Drops the tenant's token (Graph refused it). */
  void forget(String tenant) {
    held.remove(tenant);
  }

  private Optional<Held> request(String tenant) {
    URI url = URI.create(base(settings.loginUrl()) + "/" + tenant + "/oauth2/v2.0/token");
    String form =
        "grant_type=client_credentials&client_id="
            + encode(settings.appId().orElse(""))
            + "&client_secret="
            + encode(settings.appPassword().orElse(""))
            + "&scope="
            + encode(scope(settings.graphUrl()));
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        LOG.warn("graph token request failed: HTTP {}", response.statusCode());
        return Optional.empty();
      }
      JsonNode body = Json.MAPPER.readTree(response.body());
      String token = body.path("access_token").asText("");
      long seconds = body.path("expires_in").asLong(0);
      if (token.isEmpty() || seconds <= 0) {
        LOG.warn("graph token response had no token");
        return Optional.empty();
      }
      Duration keep = Duration.ofSeconds(seconds).minus(MARGIN);
      Instant until = clock.instant().plus(keep.isNegative() ? Duration.ZERO : keep);
      return Optional.of(new Held(token, until));
    } catch (IOException e) {
      LOG.warn("graph token request failed: {}", e.getClass().getName());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Graph's scope: the public cloud's, or {@code <host>/.default} for another https Graph. */
  static String scope(URI graph) {
    if (!"https".equals(graph.getScheme())
        || TeamsSettings.GRAPH.getHost().equals(graph.getHost())) {
      return SCOPE;
    }
    return "https://" + graph.getHost() + "/.default";
  }

  static String base(URI url) {
    String text = url.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
