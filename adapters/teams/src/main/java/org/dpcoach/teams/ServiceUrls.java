package org.dpcoach.teams;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The allow-list of service URLs replies may go to: HTTPS to the configured hosts ({@code *.suffix}
 * matches subdomains only), plain HTTP only to loopback hosts, and in local mode loopback only.
 */
final class ServiceUrls {
  private final List<String> hosts;
  private final boolean localMode;

  ServiceUrls(TeamsSettings settings) {
    this.localMode = settings.localMode();
    this.hosts = settings.localMode() ? TeamsSettings.LOOPBACK_HOSTS : settings.serviceHosts();
  }

  /** Whether a reply may be sent to this service URL. */
  boolean allowed(String serviceUrl) {
    if (serviceUrl == null || serviceUrl.isBlank() || serviceUrl.length() > 2_048) {
      return false;
    }
    URI uri;
    try {
      uri = new URI(serviceUrl);
    } catch (URISyntaxException e) {
      return false;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (host.isEmpty()
        || uri.getRawUserInfo() != null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      return false;
    }
    boolean loopback = loopback(host);
    if (localMode && !loopback) {
      return false;
    }
    if (!"https".equals(scheme) && !("http".equals(scheme) && loopback)) {
      return false;
    }
    return hosts.stream().anyMatch(pattern -> matches(pattern, host));
  }

  static boolean loopback(String host) {
    return host.equals("localhost")
        || host.equals("[::1]")
        || host.equals("::1")
        || host.matches("127(\\.\\d{1,3}){3}");
  }

  /** The pattern, if it is a host name or {@code *.suffix}. */
  static String requireHostPattern(String host) {
    if (host.equals("*")
        || host.startsWith("*") && !host.startsWith("*.")
        || host.indexOf('*', 1) >= 0) {
      throw new IllegalArgumentException("service host must be a name or *.suffix: " + host);
    }
    return host;
  }

  /** The URL, if it is an absolute http or https URL. */
  static URI requireHttpUrl(URI url, String what) {
    Objects.requireNonNull(url, what + " must not be null");
    String scheme = url.getScheme();
    if (!"https".equals(scheme) && !"http".equals(scheme) || url.getHost() == null) {
      throw new IllegalArgumentException(what + " must be an absolute http or https URL");
    }
    return url;
  }

  /** The URL, if tokens and secrets may go to it: HTTPS, or plain HTTP to loopback (tests). */
  static URI requireTokenSafe(URI url, String what) {
    Objects.requireNonNull(url, what + " must not be null");
    String host = url.getHost();
    boolean https = "https".equals(url.getScheme()) && host != null;
    boolean loopbackHttp = "http".equals(url.getScheme()) && host != null && loopback(host);
    if (!https && !loopbackHttp) {
      throw new IllegalArgumentException(
          what + " must be an absolute https URL (or http on loopback, for tests)");
    }
    return url;
  }

  private static boolean matches(String pattern, String host) {
    if (pattern.startsWith("*.")) {
      String suffix = pattern.substring(1);
      return host.endsWith(suffix) && host.length() > suffix.length();
    }
    return pattern.equals(host);
  }
}
