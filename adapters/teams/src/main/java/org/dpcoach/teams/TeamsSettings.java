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
    serviceHosts.forEach(ServiceUrls::requireHostPattern);
    openIdMetadataUrl.ifPresent(u -> ServiceUrls.requireHttpUrl(u, "OpenID metadata url"));
    ServiceUrls.requireTokenSafe(graphUrl, "graph url");
    ServiceUrls.requireTokenSafe(loginUrl, "login url");
  }

  /** Production settings: these credentials, the Bot Framework's hosts, any tenant. */
  public static TeamsSettings of(String appId, String appPassword) {
    return builder().appId(appId).appPassword(appPassword).build();
  }

  /** Local mode: no credentials, loopback callers and loopback service URLs only. */
  public static TeamsSettings local() {
    return builder().localMode(true).build();
  }

  /**
   * A builder with no credentials, any tenant, not in local mode, the Bot Framework's hosts (the
   * loopback hosts in local mode) and the public cloud's addresses.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    Builder builder =
        new Builder()
            .allowedTenants(allowedTenants)
            .localMode(localMode)
            .serviceHosts(serviceHosts)
            .graphUrls(graphUrl, loginUrl);
    appId.ifPresent(builder::appId);
    appPassword.ifPresent(builder::appPassword);
    tenantId.ifPresent(builder::tenantId);
    openIdMetadataUrl.ifPresent(builder::openIdMetadataUrl);
    return builder;
  }

  /**
   * Builds {@link TeamsSettings}; each method checks its argument at once, {@link #build()} the
   * whole.
   */
  public static final class Builder {
    private Optional<String> appId = Optional.empty();
    private Optional<String> appPassword = Optional.empty();
    private Optional<String> tenantId = Optional.empty();
    private Set<String> allowedTenants = Set.of();
    private boolean localMode;
    private Optional<List<String>> serviceHosts = Optional.empty();
    private Optional<URI> openIdMetadataUrl = Optional.empty();
    private URI graphUrl = GRAPH;
    private URI loginUrl = LOGIN;

    private Builder() {}

    /** The bot's Microsoft App ID. */
    public Builder appId(String id) {
      appId = Optional.of(nonBlank(id, "app id"));
      return this;
    }

    /** The bot's client secret. */
    public Builder appPassword(String password) {
      appPassword = Optional.of(nonBlank(password, "app password"));
      return this;
    }

    /** The bot's own Entra ID tenant, for a single-tenant bot. */
    public Builder tenantId(String tenant) {
      tenantId = Optional.of(nonBlank(tenant, "tenant id"));
      return this;
    }

    /** The Teams tenants whose activities are accepted; empty accepts any. */
    public Builder allowedTenants(Set<String> tenants) {
      allowedTenants =
          Set.copyOf(Objects.requireNonNull(tenants, "allowed tenants must not be null"));
      return this;
    }

    /** Local mode: no credentials needed, loopback callers and service URLs only. */
    public Builder localMode(boolean local) {
      localMode = local;
      return this;
    }

    /** The service-URL hosts replies may go to: exact names or {@code *.suffix}. */
    public Builder serviceHosts(List<String> hosts) {
      Objects.requireNonNull(hosts, "service hosts must not be null");
      hosts.forEach(h -> ServiceUrls.requireHostPattern(h.strip().toLowerCase(Locale.ROOT)));
      serviceHosts = Optional.of(List.copyOf(hosts));
      return this;
    }

    /** Where the Bot Framework's OpenID metadata is read (a sovereign cloud, a test server). */
    public Builder openIdMetadataUrl(URI url) {
      openIdMetadataUrl = Optional.of(ServiceUrls.requireHttpUrl(url, "OpenID metadata url"));
      return this;
    }

    /**
     * Where Microsoft Graph is read and its token comes from (a sovereign cloud, a test server).
     */
    public Builder graphUrls(URI graph, URI login) {
      graphUrl = ServiceUrls.requireTokenSafe(graph, "graph url");
      loginUrl = ServiceUrls.requireTokenSafe(login, "login url");
      return this;
    }

    /** The settings; without local mode an app id and password are required. */
    public TeamsSettings build() {
      return new TeamsSettings(
          appId,
          appPassword,
          tenantId,
          allowedTenants,
          localMode,
          serviceHosts.orElse(localMode ? LOOPBACK_HOSTS : BOT_FRAMEWORK_HOSTS),
          openIdMetadataUrl,
          graphUrl,
          loginUrl);
    }
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

  private static String nonBlank(String value, String what) {
    Objects.requireNonNull(value, what + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }

  /** Never shows the password. */
  @Override
  public String toString() {
    return ("TeamsSettings[appId=%s, appPassword=%s, tenantId=%s, allowedTenants=%s, localMode=%s,"
            + " serviceHosts=%s, openIdMetadataUrl=%s, graphUrl=%s, loginUrl=%s]")
        .formatted(
            appId.orElse("none"),
            appPassword.isPresent() ? "***" : "none",
            tenantId.orElse("none"),
            allowedTenants,
            localMode,
            serviceHosts,
            openIdMetadataUrl.map(URI::toString).orElse("default"),
            graphUrl,
            loginUrl);
  }
}
