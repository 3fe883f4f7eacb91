package org.dpcoach.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Inbox keys: a platform prefix and an id, hashed when the id is long or is a whole request. */
public final class RequestKeys {
  /** The longest key kept as it is; longer ones are hashed. */
  public static final int MAX_PLAIN = 200;

  private RequestKeys() {}

  /** {@code prefix:id}, or {@code prefix:sha256:<hex>} when the id is long. */
  public static String of(String prefix, String id) {
    String plain = prefix + ":" + id;
    return plain.length() <= MAX_PLAIN ? plain : prefix + ":sha256:" + sha256(id);
  }

  /** {@code prefix:sha256:<hex>} of the given parts joined by newlines (a signed request). */
  public static String hashed(String prefix, String... parts) {
    return prefix + ":sha256:" + sha256(String.join("\n", parts));
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
