package org.dpcoach.insights;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How insights behave; the app module fills it from the environment.
 *
 * @param publicUrl where people reach the app ({@code DPCOACH_PUBLIC_URL}); empty for the server's
 *     own address
 * @param keepUnanswered whether the redacted text of unanswered questions is kept for 30 days
 *     ({@code DPCOACH_INSIGHTS_KEEP_UNANSWERED=true})
 * @param secret the link-signing secret ({@code DPCOACH_INSIGHTS_SECRET}, at least 32 characters);
 *     empty for one made once and kept in the database
 * @param linkLifetime how long a link works
 */
public record InsightsSettings(
    Optional<URI> publicUrl,
    boolean keepUnanswered,
    Optional<String> secret,
    Duration linkLifetime) {

  /** Fifteen minutes. */
  public static final Duration LINK_LIFETIME = Duration.ofMinutes(15);

  /** Checks each value at once. */
  public InsightsSettings {
    Objects.requireNonNull(publicUrl, "public url must not be null (use Optional.empty())");
    Objects.requireNonNull(secret, "secret must not be null (use Optional.empty())");
    Objects.requireNonNull(linkLifetime, "link lifetime must not be null");
    if (publicUrl.isPresent()
        && !("https".equals(publicUrl.get().getScheme())
            || "http".equals(publicUrl.get().getScheme()))) {
      throw new IllegalArgumentException("the public url must start with https:// or http://");
    }
    if (secret.isPresent() && secret.get().length() < 32) {
      throw new IllegalArgumentException("the insights secret must be at least 32 characters");
    }
    if (linkLifetime.isNegative() || linkLifetime.isZero()) {
      throw new IllegalArgumentException("link lifetime must be positive");
    }
  }

  /** The server's own address, unanswered questions not kept, a secret from the database. */
  public static InsightsSettings defaults() {
    return new InsightsSettings(Optional.empty(), false, Optional.empty(), LINK_LIFETIME);
  }

  /** A copy with the public URL. */
  public InsightsSettings withPublicUrl(URI url) {
    return new InsightsSettings(Optional.of(url), keepUnanswered, secret, linkLifetime);
  }

  /** A copy keeping unanswered questions or not. */
  public InsightsSettings withKeepUnanswered(boolean keep) {
    return new InsightsSettings(publicUrl, keep, secret, linkLifetime);
  }

  /** A copy with a fixed link-signing secret. */
  public InsightsSettings withSecret(String value) {
    return new InsightsSettings(publicUrl, keepUnanswered, Optional.of(value), linkLifetime);
  }

  /** Never shows the secret. */
  @Override
  public String toString() {
    return "InsightsSettings[publicUrl="
        + publicUrl.map(URI::toString).orElse("own address")
        + ", keepUnanswered="
        + keepUnanswered
        + ", secret="
        + (secret.isPresent() ? "***" : "database")
        + ", linkLifetime="
        + linkLifetime
        + "]";
  }
}
