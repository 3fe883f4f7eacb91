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
    Objects.requireNonNull(retention, "retention must not be null");
    url = url.map(String::strip).filter(u -> !u.isEmpty());
    if (url.isPresent()
        && !url.get().startsWith("jdbc:postgresql:")
        && !url.get().startsWith("jdbc:h2:")) {
      throw new IllegalArgumentException(
          "database url must start with jdbc:postgresql: or jdbc:h2:");
    }
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention must be positive");
    }
  }

  /** The embedded H2 file database under the data folder, with the default retention. */
  public static StoreSettings embedded(Path dataDir) {
    return new StoreSettings(
        Optional.empty(), Optional.empty(), Optional.empty(), dataDir, DEFAULT_RETENTION);
  }

  /** Another database by JDBC URL, with the default retention. */
  public static StoreSettings at(
      String url, Optional<String> user, Optional<String> password, Path dataDir) {
    return new StoreSettings(Optional.of(url), user, password, dataDir, DEFAULT_RETENTION);
  }

  /** A copy with another retention. */
  public StoreSettings withRetention(Duration other) {
    return new StoreSettings(url, user, password, dataDir, other);
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
