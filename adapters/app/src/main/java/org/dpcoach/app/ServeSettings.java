package org.dpcoach.app;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.slack.SlackSettings;

/**
 * What {@code dpcoach serve} starts, read from the environment: the HTTP port and host, Slack
 * (Socket Mode with {@code SLACK_APP_TOKEN}, HTTP with {@code SLACK_SIGNING_SECRET}), the localhost
 * web chat, and tips and group supervision with their database and scheduler.
 */
record ServeSettings(
    String host,
    int port,
    Optional<SlackSettings> slack,
    boolean webChat,
    PracticeConfig practice) {

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
    boolean publicHttp = slack.map(SlackSettings::httpReady).orElse(false);
    String host = env.getOrDefault("DPCOACH_HTTP_HOST", publicHttp ? "0.0.0.0" : "127.0.0.1");
    boolean webChat =
        Boolean.parseBoolean(env.getOrDefault("DPCOACH_WEB_CHAT", String.valueOf(slack.isEmpty())));
    return new ServeSettings(
        host, port, slack, webChat, PracticeConfig.from(env, AppConfig.from(env).dataDir()));
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
