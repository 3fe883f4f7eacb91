package org.dpcoach.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the database is and how long rows are kept; the app module fills it from the environment.
 *
 * @param url a JDBC URL ({@code jdbc:postgresql://...} or {@code jdbc:h2:...}); empty for the
 *     embedded H2 file database under {@code dataDir}
 * @param retention how long finished rows (sent posts, ended sessions, unapproved tips) are kept
 */
public record StoreSettings(
    Optional<String> url,
    Optional<String> user,
    Optional<String> password,
    Path dataDir,
    Duration retention) {

  /** Ninety days. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(90);

  /** Checks each value at once. */
  public StoreSettings {
    Objects.requireNonNull(url, "url must not be null (use Optional.empty())");
    Objects.requireNonNull(user, "user must not be null (use Optional.empty())");
    Objects.requireNonNull(password, "password must not be null (use Optional.empty())");
    Objects.requireNonNull(dataDir, "data dir must not be null");
    url = url.map(String::strip).filter(u -> !u.isEmpty()).map(StoreSettings::jdbc);
    retention = positive(retention);
  }

  /** The embedded H2 file database under the data folder, with the default retention. */
  public static StoreSettings embedded(Path dataDir) {
    return builder(dataDir).build();
  }

  /** Another database by JDBC URL, with the default retention. */
  public static StoreSettings at(
      String url, Optional<String> user, Optional<String> password, Path dataDir) {
    Builder builder = builder(dataDir).url(url);
    user.ifPresent(builder::user);
    password.ifPresent(builder::password);
    return builder.build();
  }

  /** A builder for the embedded H2 database under the data folder, with the default retention. */
  public static Builder builder(Path dataDir) {
    return new Builder(Objects.requireNonNull(dataDir, "data dir must not be null"));
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    Builder builder = new Builder(dataDir).retention(retention);
    url.ifPresent(builder::url);
    user.ifPresent(builder::user);
    password.ifPresent(builder::password);
    return builder;
  }

  /** Builds {@link StoreSettings}; each method checks its argument at once. */
  public static final class Builder {
    private final Path dataDir;
    private Optional<String> url = Optional.empty();
    private Optional<String> user = Optional.empty();
    private Optional<String> password = Optional.empty();
    private Duration retention = DEFAULT_RETENTION;

    private Builder(Path dataDir) {
      this.dataDir = dataDir;
    }

    /** A PostgreSQL or H2 JDBC URL instead of the embedded database. */
    public Builder url(String jdbcUrl) {
      url = Optional.of(jdbc(Objects.requireNonNull(jdbcUrl, "url must not be null").strip()));
      return this;
    }

    /** The database user. */
    public Builder user(String name) {
      user = Optional.of(Objects.requireNonNull(name, "user must not be null"));
      return this;
    }

    /** The database password. */
    public Builder password(String secret) {
      password = Optional.of(Objects.requireNonNull(secret, "password must not be null"));
      return this;
    }

    /** How long finished rows are kept. */
    public Builder retention(Duration period) {
      retention = positive(period);
      return this;
    }

    /** The settings. */
    public StoreSettings build() {
      return new StoreSettings(url, user, password, dataDir, retention);
    }
  }

  private static String jdbc(String url) {
    if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
      throw new IllegalArgumentException(
          "database url must start with jdbc:postgresql: or jdbc:h2:");
    }
    return url;
  }

  private static Duration positive(Duration retention) {
    Objects.requireNonNull(retention, "retention must not be null");
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention must be positive");
    }
    return retention;
  }

  /**
   * The JDBC URL in force. The embedded database writes each commit at once ({@code
   * WRITE_DELAY=0}): with H2's default delay a commit could be lost to kill -9, and with it the
   * outbox's record that a post was planned or sent.
   */
  public String jdbcUrl() {
    return url.orElseGet(
        () ->
            "jdbc:h2:file:"
                + dataDir.toAbsolutePath().resolve("db").resolve("dpcoach")
                + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0");
  }

  /** Never shows the password. */
  @Override
  public String toString() {
    return "StoreSettings[url="
        + jdbcUrl().replaceAll("password=[^&;]*", "password=***")
        + ", user="
        + user.orElse("none")
        + ", password="
        + (password.isPresent() ? "***" : "none")
        + ", retention="
        + retention
        + "]";
  }
}
