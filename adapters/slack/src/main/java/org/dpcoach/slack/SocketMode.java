package org.dpcoach.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Bolt app's Socket Mode connection, opened and closed on demand. */
final class SocketMode {
  private static final Logger LOG = LoggerFactory.getLogger(SlackAdapter.class);

  private final SlackSettings settings;
  private final App app;
  private SocketModeApp socketMode;

  SocketMode(SlackSettings settings, App app) {
    this.settings = settings;
    this.app = app;
  }

  /** Opens the connection (reconnecting on its own); needs the app-level token. */
  synchronized void start() {
    String token =
        settings
            .appToken()
            .orElseThrow(() -> new IllegalStateException("Socket Mode needs an app-level token"));
    try {
      if (socketMode == null) {
        socketMode =
            new SocketModeApp(
                token, app, SocketModeClient.Backend.JavaWebSocket, SocketMode::socketModeError);
      }
      socketMode.startAsync();
    } catch (Exception e) {
      throw new IllegalStateException(
          "Socket Mode could not connect: " + e.getClass().getName(), e);
    }
  }

  /** Disconnects, if connected. */
  synchronized void stop() {
    if (socketMode == null) {
      return;
    }
    try {
      socketMode.close();
    } catch (Exception e) {
      LOG.warn("Socket Mode did not close cleanly: {}", e.getClass().getName());
    } finally {
      socketMode = null;
    }
  }

  /** Logs the failure's class only and sends no ack, so Slack retries the envelope. */
  private static Response socketModeError(SocketModeApp.ErrorContext context) {
    if (!(context.getException() instanceof QueueFull)) {
      LOG.error("Socket Mode request failed: {}", context.getException().getClass().getName());
    }
    return null;
  }
}
