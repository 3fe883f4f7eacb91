package org.dpcoach.app;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.insights.InsightsSettings;
import org.dpcoach.slack.SlackSettings;
import org.dpcoach.teams.TeamsSettings;

/**
 * What {@code dpcoach serve} starts, read from the environment: the HTTP port and host, Slack
 * (Socket Mode with {@code SLACK_APP_TOKEN}, HTTP with {@code SLACK_SIGNING_SECRET}), Microsoft
 * Teams ({@code MicrosoftAppId} and {@code MicrosoftAppPassword}, or {@code
 * DPCOACH_TEAMS_LOCAL=true} on loopback), the localhost web chat, tips and group supervision with
 * their database and scheduler, the inbox's timing, and insights for champions on the same
 * database.
 */
record ServeSettings(
    String host,
    int port,
    Optional<SlackSettings> slack,
    Optional<TeamsSettings> teams,
    boolean webChat,
    PracticeConfig practice,
    InboxTiming inbox,
    InsightsSettings insights) {

  /**
   * How long an inbox row stays with the instance that recorded it ({@code
   * DPCOACH_INBOX_LEASE_SECONDS}, default 60), and how often each instance looks for rows a dead
   * one left ({@code DPCOACH_INBOX_SWEEP_SECONDS}, default 10).
   */
  record InboxTiming(Duration lease, Duration sweepEvery) {
    static InboxTiming from(Map<String, String> env) {
      return new InboxTiming(
          Duration.ofSeconds(seconds(env, "DPCOACH_INBOX_LEASE_SECONDS", 60)),
          Duration.ofSeconds(seconds(env, "DPCOACH_INBOX_SWEEP_SECONDS", 10)));
    }

    private static long seconds(Map<String, String> env, String name, long fallback) {
      String value = env.getOrDefault(name, String.valueOf(fallback)).strip();
      try {
        long seconds = Long.parseLong(value);
        if (seconds < 1) {
          throw new NumberFormatException();
        }
        return seconds;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            name + " must be a whole number of seconds, at least 1, not '" + value + "'");
      }
    }
  }

  /** The same without Slack or the web chat ({@code dpcoach teams serve}). */
  ServeSettings teamsOnly() {
    return new ServeSettings(host, port, Optional.empty(), teams, false, practice, inbox, insights);
  }

  static ServeSettings from(Map<String, String> env) {
    int port =
        port(env.getOrDefault("DPCOACH_HTTP_PORT", String.valueOf(SlackSettings.DEFAULT_PORT)));
    Optional<SlackSettings> slack =
        Optional.ofNullable(env.get("SLACK_BOT_TOKEN"))
            .filter(t -> !t.isBlank())
            .map(
                token -> {
                  SlackSettings s = SlackSettings.of(token.strip()).withHttpPort(port);
                  String app = env.getOrDefault("SLACK_APP_TOKEN", "").strip();
                  String secret = env.getOrDefault("SLACK_SIGNING_SECRET", "").strip();
                  String api = env.getOrDefault("DPCOACH_SLACK_API_URL", "").strip();
                  if (!app.isEmpty()) {
                    s = s.withAppToken(app);
                  }
                  if (!secret.isEmpty()) {
                    s = s.withSigningSecret(secret);
                  }
                  if (!api.isEmpty()) {
                    s = s.withApiUrl(URI.create(api.endsWith("/") ? api : api + "/"));
                  }
                  return s;
                });
    boolean teamsWanted =
        !env.getOrDefault("MicrosoftAppId", "").isBlank()
            || !env.getOrDefault("MicrosoftAppPassword", "").isBlank()
            || TeamsCommand.localMode(env);
    Optional<TeamsSettings> teams =
        teamsWanted ? Optional.of(TeamsCommand.settings(env)) : Optional.empty();
    boolean publicHttp =
        slack.map(SlackSettings::httpReady).orElse(false)
            || teams.map(TeamsSettings::authenticated).orElse(false);
    String host = env.getOrDefault("DPCOACH_HTTP_HOST", publicHttp ? "0.0.0.0" : "127.0.0.1");
    if (teams.map(TeamsSettings::localMode).orElse(false)) {
      host = "127.0.0.1"; // local mode takes unauthenticated activities: never off this machine
    }
    boolean webChat =
        Boolean.parseBoolean(
            env.getOrDefault(
                "DPCOACH_WEB_CHAT", String.valueOf(slack.isEmpty() && teams.isEmpty())));
    return new ServeSettings(
        host,
        port,
        slack,
        teams,
        webChat,
        PracticeConfig.from(env, AppConfig.from(env).dataDir()),
        InboxTiming.from(env),
        InsightsConfig.from(env));
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value.strip());
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "DPCOACH_HTTP_PORT must be a port number (0-65535), not '" + value + "'");
    }
  }
}
