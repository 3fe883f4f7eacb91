package org.dpcoach.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The insights' secrets in {@code insights_key}: a random key per month that turns a platform user
 * id into a person key (HMAC-SHA256, kept only as its first 128 bits), deleted once its month is
 * over, and the deployment's link-signing secret. Several instances share them through the
 * database; each secret is made once, by whichever instance needs it first.
 */
final class InsightsKeys {
  static final String LINK = "link";
  private static final String PERSON = "person:";
  private static final int SECRET_BYTES = 32;
  private final Sql sql;
  private final java.time.Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  InsightsKeys(Sql sql, java.time.Clock clock) {
    this.sql = sql;
    this.clock = clock;
  }

  /** The month (UTC) whose key hashes people at the instant, as {@code YYYY-MM}. */
  static String month(Instant at) {
    return YearMonth.from(at.atOffset(ZoneOffset.UTC)).toString();
  }

  /** The person key of a user at the instant: the same all month, unrelated across months. */
  String person(String platform, String userId, Instant at) {
    return hash(secret(PERSON + month(at)), platform, userId);
  }

  private static String hash(byte[] key, String platform, String userId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest = mac.doFinal((platform + "\n" + userId).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** The named secret, made and stored the first time any instance asks for it. */
  byte[] secret(String name) {
    return cache.computeIfAbsent(name, this::readOrCreate);
  }

  private byte[] readOrCreate(String name) {
    for (int attempt = 0; attempt < 3; attempt++) {
      var found =
          sql.one("SELECT secret FROM insights_key WHERE name = ?", rs -> rs.getString(1), name);
      if (found.isPresent()) {
        return Base64.getDecoder().decode(found.get());
      }
      byte[] fresh = new byte[SECRET_BYTES];
      random.nextBytes(fresh);
      try {
        sql.update(
            "INSERT INTO insights_key (name, secret, created_at) VALUES (?, ?, ?)",
            name,
            Base64.getEncoder().encodeToString(fresh),
            clock.instant());
        return fresh;
      } catch (StoreException e) {
        if (!(e.getCause() instanceof SQLException s) || !Sql.uniqueViolation(s)) {
          throw e;
        }
        // another instance made it first: read theirs
      }
    }
    throw new IllegalStateException("could not read or create the insights key " + name);
  }

  /** The platforms a person key may have been made for. */
  private static final java.util.List<String> PLATFORMS =
      java.util.List.of("slack", "teams", "web", "cli", "unknown");

  /**
   * The insights rows of one person (a platform user id), counted or deleted: those hashed under a
   * month key still held (older months' keys are gone, so their rows can no longer be tied to
   * anyone), and their digest subscription. Rows per table.
   */
  Map<String, Integer> erase(String userId, boolean delete) {
    java.util.List<String> months =
        sql.query(
            "SELECT name FROM insights_key WHERE name LIKE 'person:%'",
            rs -> rs.getString(1).substring(PERSON.length()));
    return sql.tx(
        c -> {
          Map<String, Integer> rows = new java.util.LinkedHashMap<>();
          for (String table :
              java.util.List.of("insights_turn", "insights_feedback", "insights_unanswered")) {
            int n = 0;
            for (String month : months) {
              byte[] key = secret(PERSON + month);
              for (String platform : PLATFORMS) {
                String person = hash(key, platform, userId);
                n +=
                    delete
                        ? Sql.update(
                            c,
                            "DELETE FROM " + table + " WHERE key_month = ? AND person = ?",
                            month,
                            person)
                        : Sql.query(
                                c,
                                "SELECT COUNT(*) FROM "
                                    + table
                                    + " WHERE key_month = ? AND person = ?",
                                rs -> rs.getInt(1),
                                month,
                                person)
                            .get(0);
              }
            }
            rows.put(table, n);
          }
          rows.put(
              "insights_digest_recipient",
              delete
                  ? Sql.update(c, "DELETE FROM insights_digest_recipient WHERE user_id = ?", userId)
                  : Sql.query(
                          c,
                          "SELECT COUNT(*) FROM insights_digest_recipient WHERE user_id = ?",
                          rs -> rs.getInt(1),
                          userId)
                      .get(0));
          return rows;
        });
  }

  /** Deletes the person keys of months before the instant's month; returns how many. */
  int deleteOldPersonKeys(Connection c, Instant now) throws SQLException {
    String current = PERSON + month(now);
    cache.keySet().removeIf(k -> k.startsWith(PERSON) && k.compareTo(current) < 0);
    return Sql.update(
        c, "DELETE FROM insights_key WHERE name LIKE 'person:%' AND name < ?", current);
  }
}
