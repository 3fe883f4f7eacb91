package org.dpcoach.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalServiceException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.dpcoach.support.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * App-only Microsoft Graph tokens from Entra ID with msal4j (client credentials, scope {@value
 * #SCOPE}): one confidential client per tenant, whose token cache keeps a token until five minutes
 * before it expires. Logs statuses and error codes, never a token, the secret or a response text.
 */
final class GraphToken {
  static final String SCOPE = "https://graph.microsoft.com/.default";
  static final Duration WAIT = Duration.ofSeconds(60);
  private static final Logger LOG = LoggerFactory.getLogger(GraphToken.class);
  private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,99}");

  private final TeamsSettings settings;
  private final LoginTransport transport;
  private final Map<String, ConfidentialClientApplication> clients = new ConcurrentHashMap<>();

  GraphToken(TeamsSettings settings, HttpClient http) {
    this.settings = settings;
    this.transport = new LoginTransport(settings.loginUrl(), http);
  }

  /** A token for the tenant, from the cache or Entra ID; empty when none could be had. */
  Optional<String> get(String tenant) {
    if (!TENANT.matcher(tenant).matches() || settings.appPassword().isEmpty()) {
      return Optional.empty();
    }
    ClientCredentialParameters graph =
        ClientCredentialParameters.builder(Set.of(scope(settings.graphUrl()))).build();
    try {
      IAuthenticationResult result =
          client(tenant).acquireToken(graph).get(WAIT.toSeconds(), TimeUnit.SECONDS);
      return Optional.ofNullable(result.accessToken()).filter(token -> !token.isEmpty());
    } catch (ExecutionException e) {
      LOG.warn("graph token request failed: {}", failure(e.getCause()));
    } catch (TimeoutException | MalformedURLException | RuntimeException e) {
      LOG.warn("graph token request failed: {}", e.getClass().getName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Optional.empty();
  }

  /** Drops the tenant's token (Graph refused it): the next call asks Entra ID again. */
  void forget(String tenant) {
    clients.remove(tenant);
  }

  private ConfidentialClientApplication client(String tenant) throws MalformedURLException {
    ConfidentialClientApplication known = clients.get(tenant);
    if (known != null) {
      return known;
    }
    ConfidentialClientApplication fresh =
        ConfidentialClientApplication.builder(
                settings.appId().orElse(""),
                ClientCredentialFactory.createFromSecret(settings.appPassword().orElseThrow()))
            .authority(transport.authority(tenant))
            .validateAuthority(false)
            .aadInstanceDiscoveryResponse(discovery(tenant))
            .httpClient(transport)
            .build();
    ConfidentialClientApplication raced = clients.putIfAbsent(tenant, fresh);
    return raced == null ? fresh : raced;
  }

  /**
   * The instance-discovery answer msal4j would otherwise fetch from the public cloud: the login
   * host is its own only alias (msal4j looks it up without the port), so msal4j calls nothing but
   * the token endpoint.
   */
  private String discovery(String tenant) {
    URI login = settings.loginUrl();
    ObjectNode answer =
        Json.MAPPER
            .createObjectNode()
            .put(
                "tenant_discovery_endpoint",
                transport.authority(tenant) + "v2.0/.well-known/openid-configuration");
    answer
        .putArray("metadata")
        .addObject()
        .put("preferred_network", login.getHost())
        .put("preferred_cache", login.getHost())
        .putArray("aliases")
        .add(login.getHost())
        .add(login.getRawAuthority());
    return answer.toString();
  }

  /** What may be logged of a failure: Entra ID's status and error code, or the exception class. */
  private static String failure(Throwable cause) {
    if (cause instanceof MsalServiceException service) {
      return "HTTP " + service.statusCode() + " " + service.errorCode();
    }
    return cause == null ? "unknown" : cause.getClass().getName();
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
}
