package org.dpcoach.app;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.dpcoach.insights.InsightsSettings;

/**
 * Insights settings from the environment: {@code DPCOACH_PUBLIC_URL} (where people reach the app;
 * default its own address), {@code DPCOACH_INSIGHTS_KEEP_UNANSWERED} ({@code true} keeps the
 * redacted text of unanswered questions for 30 days; default off) and {@code
 * DPCOACH_INSIGHTS_SECRET} (the link-signing secret, at least 32 characters; default one made once
 * and kept in the database).
 */
final class InsightsConfig {
  private InsightsConfig() {}

  static InsightsSettings from(Map<String, String> env) {
    InsightsSettings settings = InsightsSettings.defaults();
    String url = env.getOrDefault("DPCOACH_PUBLIC_URL", "").strip();
    if (!url.isEmpty()) {
      URI uri;
      try {
        uri = URI.create(url);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("DPCOACH_PUBLIC_URL must be a URL, not '" + url + "'");
      }
      settings = settings.withPublicUrl(uri);
    }
    String keep = env.getOrDefault("DPCOACH_INSIGHTS_KEEP_UNANSWERED", "false").strip();
    settings =
        settings.withKeepUnanswered(
            switch (keep.toLowerCase(Locale.ROOT)) {
              case "true", "on", "yes", "1" -> true;
              case "false", "off", "no", "0", "" -> false;
              default ->
                  throw new IllegalArgumentException(
                      "DPCOACH_INSIGHTS_KEEP_UNANSWERED must be true or false");
            });
    String secret = env.getOrDefault("DPCOACH_INSIGHTS_SECRET", "").strip();
    if (!secret.isEmpty()) {
      if (secret.length() < 32) {
        throw new IllegalArgumentException(
            "DPCOACH_INSIGHTS_SECRET must be at least 32 characters");
      }
      settings = settings.withSecret(secret);
    }
    return settings;
  }
}
