package org.dpcoach.app;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.insights.InsightsSettings;
import org.dpcoach.slack.SlackSettings;
import org.dpcoach.teams.TeamsSettings;

/**
 * What {@code dpcoach serve} starts: the HTTP port and host, Slack (Socket Mode with {@code
 * SLACK_APP_TOKEN}, HTTP with {@code SLACK_SIGNING_SECRET}), Microsoft Teams ({@code
 * MicrosoftAppId} and {@code MicrosoftAppPassword}, or {@code DPCOACH_TEAMS_LOCAL=true} on
 * loopback), the localhost web chat, tips and group supervision with their database and scheduler,
 * the inbox's timing, and insights for champions on the same database.
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
  record InboxTiming(Duration lease, Duration sweepEvery) {}

  /** The same without Slack or the web chat ({@code dpcoach teams serve}). */
  ServeSettings teamsOnly() {
    return new ServeSettings(host, port, Optional.empty(), teams, false, practice, inbox, insights);
  }

  /**
   * Refuses a port the server could not listen on (in use, or not allowed), before the models load
   * and the database opens, so that the mistake shows in a moment rather than after start-up.
   */
  void requireFreePort() {
    if (port == 0) {
      return;
    }
    InetSocketAddress address = new InetSocketAddress(host, port);
    if (address.isUnresolved()) {
      throw new IllegalArgumentException(
          "DPCOACH_HTTP_HOST must be an address of this machine, not '" + host + "'");
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true); // as Jetty does: a port left in TIME_WAIT is free
      socket.bind(address);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "DPCOACH_HTTP_PORT must be a port this server can listen on, but "
              + port
              + " on "
              + host
              + " cannot be used ("
              + e.getMessage()
              + ")");
    }
  }

  /** The server's settings from the environment, read as {@code serve} reads them. */
  static ServeSettings from(Map<String, String> env) {
    return of(Settings.forServe(env));
  }

  /** The server's settings from the read environment. */
  static ServeSettings of(Settings settings) {
    int port = settings.get(ServerSettingsTable.HTTP_PORT);
    Optional<SlackSettings> slack = slack(settings, port);
    boolean teamsWanted =
        settings.isSet(ServerSettingsTable.TEAMS_APP_ID)
            || settings.isSet(ServerSettingsTable.TEAMS_APP_PASSWORD)
            || settings.get(ServerSettingsTable.TEAMS_LOCAL);
    Optional<TeamsSettings> teams =
        teamsWanted ? Optional.of(TeamsCommand.settings(settings)) : Optional.empty();
    boolean publicHttp =
        slack.map(SlackSettings::httpReady).orElse(false)
            || teams.map(TeamsSettings::authenticated).orElse(false);
    String host =
        settings.find(ServerSettingsTable.HTTP_HOST).orElse(publicHttp ? "0.0.0.0" : "127.0.0.1");
    if (teams.map(TeamsSettings::localMode).orElse(false)) {
      host = "127.0.0.1"; // local mode takes unauthenticated activities: never off this machine
    }
    boolean webChat =
        settings.find(ServerSettingsTable.WEB_CHAT).orElse(slack.isEmpty() && teams.isEmpty());
    return new ServeSettings(
        host,
        port,
        slack,
        teams,
        webChat,
        PracticeConfig.of(settings, AppConfig.of(settings).dataDir()),
        new InboxTiming(
            Duration.ofSeconds(settings.get(ServerSettingsTable.INBOX_LEASE_SECONDS)),
            Duration.ofSeconds(settings.get(ServerSettingsTable.INBOX_SWEEP_SECONDS))),
        insights(settings));
  }

  private static Optional<SlackSettings> slack(Settings settings, int port) {
    return settings
        .find(ServerSettingsTable.SLACK_BOT_TOKEN)
        .map(
            token -> {
              SlackSettings.Builder slack =
                  SlackSettings.builder(token)
                      .httpPort(port)
                      .apiUrl(settings.get(ServerSettingsTable.SLACK_API_URL));
              settings.find(ServerSettingsTable.SLACK_APP_TOKEN).ifPresent(slack::appToken);
              settings
                  .find(ServerSettingsTable.SLACK_SIGNING_SECRET)
                  .ifPresent(slack::signingSecret);
              return slack.build();
            });
  }

  private static InsightsSettings insights(Settings settings) {
    InsightsSettings.Builder insights =
        InsightsSettings.builder()
            .keepUnanswered(settings.get(ServerSettingsTable.INSIGHTS_KEEP_UNANSWERED));
    settings.find(ServerSettingsTable.PUBLIC_URL).ifPresent(insights::publicUrl);
    settings.find(ServerSettingsTable.INSIGHTS_SECRET).ifPresent(insights::secret);
    return insights.build();
  }
}
