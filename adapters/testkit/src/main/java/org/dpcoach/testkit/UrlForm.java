package org.dpcoach.testkit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Form bodies ({@code application/x-www-form-urlencoded}) as Slack posts them. */
public final class UrlForm {
  private UrlForm() {}

  /** The names and values, in turn, encoded as one form body. */
  public static String encode(String... namesAndValues) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      out.append(i == 0 ? "" : "&")
          .append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
    }
    return out.toString();
  }
}
