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
    publicUrl.ifPresent(InsightsSettings::httpUrl);
    secret.ifPresent(InsightsSettings::longSecret);
    positive(linkLifetime);
  }

  /** The server's own address, unanswered questions not kept, a secret from the database. */
  public static InsightsSettings defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    Builder builder = new Builder().keepUnanswered(keepUnanswered).linkLifetime(linkLifetime);
    publicUrl.ifPresent(builder::publicUrl);
    secret.ifPresent(builder::secret);
    return builder;
  }

  /** Builds {@link InsightsSettings}; each method checks its argument at once. */
  public static final class Builder {
    private Optional<URI> publicUrl = Optional.empty();
    private boolean keepUnanswered;
    private Optional<String> secret = Optional.empty();
    private Duration linkLifetime = LINK_LIFETIME;

    private Builder() {}

    /** Where people reach the app. */
    public Builder publicUrl(URI url) {
      publicUrl = Optional.of(httpUrl(url));
      return this;
    }

    /** Whether the redacted text of unanswered questions is kept for 30 days. */
    public Builder keepUnanswered(boolean keep) {
      keepUnanswered = keep;
      return this;
    }

    /** A fixed link-signing secret, at least 32 characters. */
    public Builder secret(String value) {
      secret = Optional.of(longSecret(value));
      return this;
    }

    /** How long a link works. */
    public Builder linkLifetime(Duration lifetime) {
      linkLifetime = positive(lifetime);
      return this;
    }

    /** The settings. */
    public InsightsSettings build() {
      return new InsightsSettings(publicUrl, keepUnanswered, secret, linkLifetime);
    }
  }

  private static URI httpUrl(URI url) {
    Objects.requireNonNull(url, "public url must not be null");
    if (!("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
      throw new IllegalArgumentException("the public url must start with https:// or http://");
    }
    return url;
  }

  private static String longSecret(String value) {
    Objects.requireNonNull(value, "secret must not be null");
    if (value.length() < 32) {
      throw new IllegalArgumentException("the insights secret must be at least 32 characters");
    }
    return value;
  }

  private static Duration positive(Duration lifetime) {
    Objects.requireNonNull(lifetime, "link lifetime must not be null");
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("link lifetime must be positive");
    }
    return lifetime;
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
