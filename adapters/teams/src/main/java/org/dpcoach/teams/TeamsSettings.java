package org.dpcoach.teams;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Teams adapter's typed configuration; the app module fills it from the environment ({@code
 * MicrosoftAppId}, {@code MicrosoftAppPassword}, {@code MicrosoftAppTenantId}, {@code
 * DPCOACH_TEAMS_ALLOWED_TENANTS}, {@code DPCOACH_TEAMS_LOCAL}).
 *
 * @param appId the bot's Microsoft App ID; required unless local mode is on
 * @param appPassword the bot's client secret; required with an app id
 * @param tenantId the bot's own Entra ID tenant for a single-tenant bot, else empty (multi-tenant)
 * @param allowedTenants the Teams tenants whose activities are accepted; empty accepts any
 * @param localMode trying it out or testing: no credentials needed, loopback callers and service
 *     URLs only
 * @param serviceHosts the service-URL hosts replies may go to: exact names or {@code *.suffix}
 * @param openIdMetadataUrl where the Bot Framework's OpenID metadata is read from, if not its
 *     public address
 * @param graphUrl Microsoft Graph's base address, read to find a tip the coach posted before
 * @param loginUrl Entra ID's base address, where the app-only Graph token comes from
 */
public record TeamsSettings(
    Optional<String> appId,
    Optional<String> appPassword,
    Optional<String> tenantId,
    Set<String> allowedTenants,
    boolean localMode,
    List<String> serviceHosts,
    Optional<URI> openIdMetadataUrl,
    URI graphUrl,
    URI loginUrl) {

  /** The Bot Framework's service-URL hosts for the public cloud. */
  public static final List<String> BOT_FRAMEWORK_HOSTS =
      List.of("smba.trafficmanager.net", "*.botframework.com");

  /** Microsoft Graph in the public cloud. */
  public static final URI GRAPH = URI.create("https://graph.microsoft.com");

  /** Entra ID's token service in the public cloud. */
  public static final URI LOGIN = URI.create("https://login.microsoftonline.com");

  /** The loopback hosts local mode allows. */
  public static final List<String> LOOPBACK_HOSTS = List.of("127.0.0.1", "localhost", "[::1]");

  /** Checks each value at once; without local mode an app id and password are required. */
  public TeamsSettings {
    Objects.requireNonNull(appId, "app id must not be null (use Optional.empty())");
    Objects.requireNonNull(appPassword, "app password must not be null (use Optional.empty())");
    Objects.requireNonNull(tenantId, "tenant id must not be null (use Optional.empty())");
    Objects.requireNonNull(allowedTenants, "allowed tenants must not be null (use an empty set)");
    Objects.requireNonNull(serviceHosts, "service hosts must not be null");
    Objects.requireNonNull(
        openIdMetadataUrl, "OpenID metadata url must not be null (use Optional.empty())");
    appId = appId.map(String::strip).filter(s -> !s.isEmpty());
    appPassword = appPassword.filter(s -> !s.isBlank());
    tenantId = tenantId.map(String::strip).filter(s -> !s.isEmpty());
    allowedTenants =
        allowedTenants.stream()
            .map(t -> t.strip().toLowerCase(Locale.ROOT))
            .filter(t -> !t.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    serviceHosts =
        serviceHosts.stream()
            .map(h -> h.strip().toLowerCase(Locale.ROOT))
            .filter(h -> !h.isEmpty())
            .toList();
    if (!localMode && appId.isEmpty()) {
      throw new IllegalArgumentException(
          "Teams needs an app id (MicrosoftAppId) and password (MicrosoftAppPassword);"
              + " set DPCOACH_TEAMS_LOCAL=true only to try it on this machine");
    }
    if (appId.isPresent() && appPassword.isEmpty()) {
      throw new IllegalArgumentException(
          "app password (MicrosoftAppPassword) must be set with the app id");
    }
    if (serviceHosts.isEmpty()) {
      throw new IllegalArgumentException("service hosts must not be empty");
    }
    for (String host : serviceHosts) {
      if (host.equals("*")
          || host.startsWith("*") && !host.startsWith("*.")
          || host.indexOf('*', 1) >= 0) {
        throw new IllegalArgumentException("service host must be a name or *.suffix: " + host);
      }
    }
    openIdMetadataUrl.ifPresent(u -> requireHttpUrl(u, "OpenID metadata url"));
    requireTokenSafe(Objects.requireNonNull(graphUrl, "graph url must not be null"), "graph url");
    requireTokenSafe(Objects.requireNonNull(loginUrl, "login url must not be null"), "login url");
  }

  /** Settings with Microsoft Graph and Entra ID at their public-cloud addresses. */
  public TeamsSettings(
      Optional<String> appId,
      Optional<String> appPassword,
      Optional<String> tenantId,
      Set<String> allowedTenants,
      boolean localMode,
      List<String> serviceHosts,
      Optional<URI> openIdMetadataUrl) {
    this(
        appId,
        appPassword,
        tenantId,
        allowedTenants,
        localMode,
        serviceHosts,
        openIdMetadataUrl,
        GRAPH,
        LOGIN);
  }

  /** Production settings: these credentials, the Bot Framework's hosts, any tenant. */
  public static TeamsSettings of(String appId, String appPassword) {
    return new TeamsSettings(
        Optional.of(appId),
        Optional.of(appPassword),
        Optional.empty(),
        Set.of(),
        false,
        BOT_FRAMEWORK_HOSTS,
        Optional.empty());
  }

  /** Local mode: no credentials, loopback callers and loopback service URLs only. */
  public static TeamsSettings local() {
    return new TeamsSettings(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Set.of(),
        true,
        LOOPBACK_HOSTS,
        Optional.empty());
  }

  /** A copy for a single-tenant bot in this Entra ID tenant. */
  public TeamsSettings withTenantId(String tenant) {
    return new TeamsSettings(
        appId,
        appPassword,
        Optional.of(tenant),
        allowedTenants,
        localMode,
        serviceHosts,
        openIdMetadataUrl,
        graphUrl,
        loginUrl);
  }

  /** A copy that accepts activities from these Teams tenants only. */
  public TeamsSettings withAllowedTenants(Set<String> tenants) {
    return new TeamsSettings(
        appId,
        appPassword,
        tenantId,
        tenants,
        localMode,
        serviceHosts,
        openIdMetadataUrl,
        graphUrl,
        loginUrl);
  }

  /**
   * A copy that may reply to these service-URL hosts only (local mode still allows loopback only).
   */
  public TeamsSettings withServiceHosts(List<String> hosts) {
    return new TeamsSettings(
        appId,
        appPassword,
        tenantId,
        allowedTenants,
        localMode,
        hosts,
        openIdMetadataUrl,
        graphUrl,
        loginUrl);
  }

  /**
   * A copy that reads the Bot Framework's OpenID metadata elsewhere (a sovereign cloud, a test
   * server).
   */
  public TeamsSettings withOpenIdMetadataUrl(URI url) {
    return new TeamsSettings(
        appId,
        appPassword,
        tenantId,
        allowedTenants,
        localMode,
        serviceHosts,
        Optional.of(url),
        graphUrl,
        loginUrl);
  }

  /**
   * A copy that reads Microsoft Graph and gets its token elsewhere (a sovereign cloud, a test
   * server).
   */
  public TeamsSettings withGraphUrls(URI graph, URI login) {
    return new TeamsSettings(
        appId,
        appPassword,
        tenantId,
        allowedTenants,
        localMode,
        serviceHosts,
        openIdMetadataUrl,
        graph,
        login);
  }

  /**
   * Whether the coach may read channel messages with Microsoft Graph (credentials, not local mode).
   */
  public boolean graphAvailable() {
    return authenticated() && !localMode;
  }

  /** Whether incoming requests must carry a valid Bot Framework token (an app id is set). */
  public boolean authenticated() {
    return appId.isPresent();
  }

  private static void requireHttpUrl(URI url, String what) {
    String scheme = url.getScheme();
    if (!"https".equals(scheme) && !"http".equals(scheme) || url.getHost() == null) {
      throw new IllegalArgumentException(what + " must be an absolute http or https URL");
    }
  }

  /** Tokens and secrets go to these: HTTPS, or plain HTTP to a loopback test server only. */
  private static void requireTokenSafe(URI url, String what) {
    String host = url.getHost();
    boolean https = "https".equals(url.getScheme()) && host != null;
    boolean loopbackHttp =
        "http".equals(url.getScheme()) && host != null && ServiceUrls.loopback(host);
    if (!https && !loopbackHttp) {
      throw new IllegalArgumentException(
          what + " must be an absolute https URL (or http on loopback, for tests)");
    }
  }

  /** Never shows the password. */
  @Override
  public String toString() {
    return "TeamsSettings[appId="
        + appId.orElse("none")
        + ", appPassword="
        + (appPassword.isPresent() ? "***" : "none")
        + ", tenantId="
        + tenantId.orElse("none")
        + ", allowedTenants="
        + allowedTenants
        + ", localMode="
        + localMode
        + ", serviceHosts="
        + serviceHosts
        + ", openIdMetadataUrl="
        + openIdMetadataUrl.map(URI::toString).orElse("default")
        + ", graphUrl="
        + graphUrl
        + ", loginUrl="
        + loginUrl
        + "]";
  }
}
