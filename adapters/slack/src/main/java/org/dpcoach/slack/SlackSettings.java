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
    Objects.requireNonNull(botToken, "bot token must not be null");
    Objects.requireNonNull(appToken, "app token must not be null (use Optional.empty())");
    Objects.requireNonNull(signingSecret, "signing secret must not be null (use Optional.empty())");
    Objects.requireNonNull(apiUrl, "api url must not be null");
    if (botToken.isBlank()) {
      throw new IllegalArgumentException("bot token must not be blank");
    }
    appToken = appToken.filter(t -> !t.isBlank());
    signingSecret = signingSecret.filter(s -> !s.isBlank());
    if (httpPort < 0 || httpPort > 65_535) {
      throw new IllegalArgumentException("http port must be between 0 and 65535");
    }
    String scheme = apiUrl.getScheme();
    if (!"https".equals(scheme) && !"http".equals(scheme) || apiUrl.getHost() == null) {
      throw new IllegalArgumentException("api url must be an absolute http or https URL");
    }
    apiUrl = apiUrl.toString().endsWith("/") ? apiUrl : URI.create(apiUrl + "/");
  }

  /** Settings for Slack's own Web API on the default port, with neither mode's secret yet. */
  public static SlackSettings of(String botToken) {
    return new SlackSettings(botToken, Optional.empty(), Optional.empty(), DEFAULT_PORT, SLACK_API);
  }

  /** A copy with the app-level token Socket Mode needs. */
  public SlackSettings withAppToken(String token) {
    return new SlackSettings(botToken, Optional.of(token), signingSecret, httpPort, apiUrl);
  }

  /** A copy with the signing secret HTTP mode needs. */
  public SlackSettings withSigningSecret(String secret) {
    return new SlackSettings(botToken, appToken, Optional.of(secret), httpPort, apiUrl);
  }

  /** A copy with another HTTP port. */
  public SlackSettings withHttpPort(int port) {
    return new SlackSettings(botToken, appToken, signingSecret, port, apiUrl);
  }

  /** A copy that sends Web API calls elsewhere (GovSlack, a proxy, a test fake). */
  public SlackSettings withApiUrl(URI url) {
    return new SlackSettings(botToken, appToken, signingSecret, httpPort, url);
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
