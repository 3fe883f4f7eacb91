package org.dpcoach.teams;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

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

  private static boolean matches(String pattern, String host) {
    if (pattern.startsWith("*.")) {
      String suffix = pattern.substring(1);
      return host.endsWith(suffix) && host.length() > suffix.length();
    }
    return pattern.equals(host);
  }
}
