package org.dpcoach.slack;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The Slack adapter's typed configuration; the app module fills it from the environment.
 *
 * @param botToken the bot token ({@code xoxb-...}) every Web API call uses
 * @param appToken the app-level token ({@code xapp-...}) Socket Mode needs, if any
 * @param signingSecret the signing secret HTTP mode checks requests with, if any
 * @param httpPort the port of the app's HTTP server (events, commands, interactivity)
 * @param apiUrl the Web API's method prefix, {@code https://slack.com/api/} unless pointed
 *     elsewhere
 */
public record SlackSettings(
    String botToken,
    Optional<String> appToken,
    Optional<String> signingSecret,
    int httpPort,
    URI apiUrl) {

  /** Slack's own Web API. */
  public static final URI SLACK_API = URI.create("https://slack.com/api/");

  /** The HTTP port used when none is given. */
  public static final int DEFAULT_PORT = 3000;

  /** Checks each value at once and makes the API URL end with a slash. */
  public SlackSettings {
    botToken = token(botToken, "bot token");
    Objects.requireNonNull(appToken, "app token must not be null (use Optional.empty())");
    Objects.requireNonNull(signingSecret, "signing secret must not be null (use Optional.empty())");
    appToken = appToken.filter(t -> !t.isBlank());
    signingSecret = signingSecret.filter(s -> !s.isBlank());
    httpPort = port(httpPort);
    apiUrl = absoluteApiUrl(apiUrl);
  }

  /** Settings for Slack's own Web API on the default port, with neither mode's secret yet. */
  public static SlackSettings of(String botToken) {
    return builder(botToken).build();
  }

  /** A builder for Slack's own Web API on the default port, with neither mode's secret yet. */
  public static Builder builder(String botToken) {
    return new Builder(token(botToken, "bot token"));
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    Builder builder = new Builder(botToken).httpPort(httpPort).apiUrl(apiUrl);
    appToken.ifPresent(builder::appToken);
    signingSecret.ifPresent(builder::signingSecret);
    return builder;
  }

  /** Builds {@link SlackSettings}; each method checks its argument at once. */
  public static final class Builder {
    private final String botToken;
    private Optional<String> appToken = Optional.empty();
    private Optional<String> signingSecret = Optional.empty();
    private int httpPort = DEFAULT_PORT;
    private URI apiUrl = SLACK_API;

    private Builder(String botToken) {
      this.botToken = botToken;
    }

    /** The app-level token Socket Mode needs. */
    public Builder appToken(String token) {
      appToken = Optional.of(token(token, "app token"));
      return this;
    }

    /** The signing secret HTTP mode needs. */
    public Builder signingSecret(String secret) {
      signingSecret = Optional.of(token(secret, "signing secret"));
      return this;
    }

    /** The app's HTTP port (0 picks a free one). */
    public Builder httpPort(int port) {
      httpPort = port(port);
      return this;
    }

    /** Where Web API calls go (GovSlack, a proxy, a test fake); a trailing slash is added. */
    public Builder apiUrl(URI url) {
      apiUrl = absoluteApiUrl(url);
      return this;
    }

    /** The settings. */
    public SlackSettings build() {
      return new SlackSettings(botToken, appToken, signingSecret, httpPort, apiUrl);
    }
  }

  private static String token(String value, String what) {
    Objects.requireNonNull(value, what + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }

  private static int port(int port) {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("http port must be between 0 and 65535");
    }
    return port;
  }

  private static URI absoluteApiUrl(URI url) {
    Objects.requireNonNull(url, "api url must not be null");
    String scheme = url.getScheme();
    if (!"https".equals(scheme) && !"http".equals(scheme) || url.getHost() == null) {
      throw new IllegalArgumentException("api url must be an absolute http or https URL");
    }
    return url.toString().endsWith("/") ? url : URI.create(url + "/");
  }

  /** Whether Socket Mode can start (an app token is set). */
  public boolean socketModeReady() {
    return appToken.isPresent();
  }

  /** Whether HTTP mode can serve (a signing secret is set). */
  public boolean httpReady() {
    return signingSecret.isPresent();
  }

  /** Never shows a secret. */
  @Override
  public String toString() {
    return "SlackSettings[botToken=***, appToken="
        + (appToken.isPresent() ? "***" : "none")
        + ", signingSecret="
        + (signingSecret.isPresent() ? "***" : "none")
        + ", httpPort="
        + httpPort
        + ", apiUrl="
        + apiUrl
        + "]";
  }
}
