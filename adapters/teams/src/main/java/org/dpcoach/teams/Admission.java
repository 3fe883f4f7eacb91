package org.dpcoach.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.connector.Channels;
import com.microsoft.bot.schema.Activity;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dpcoach.support.Json;

/**
 * The checks an authenticated activity must pass before any handler sees it: the channel (Teams, or
 * the Emulator in local mode), a service URL on the allow-list, and a tenant on the tenant
 * allow-list when one is configured.
 */
final class Admission {
  /** Why an activity was refused, or {@link #ADMITTED}. */
  enum Verdict {
    ADMITTED,
    CHANNEL_NOT_ALLOWED,
    SERVICE_URL_NOT_ALLOWED,
    TENANT_NOT_ALLOWED
  }

  private final ServiceUrls serviceUrls;
  private final Set<String> tenants;
  private final boolean localMode;

  Admission(TeamsSettings settings) {
    this.serviceUrls = new ServiceUrls(settings);
    this.tenants = settings.allowedTenants();
    this.localMode = settings.localMode();
  }

  Verdict check(Activity activity) {
    String channel = activity.getChannelId() == null ? "" : activity.getChannelId();
    if (!channel.equals(Channels.MSTEAMS) && !(localMode && channel.equals(Channels.EMULATOR))) {
      return Verdict.CHANNEL_NOT_ALLOWED;
    }
    if (!serviceUrls.allowed(activity.getServiceUrl())) {
      return Verdict.SERVICE_URL_NOT_ALLOWED;
    }
    if (!tenants.isEmpty()
        && !tenantOf(activity)
            .map(t -> tenants.contains(t.toLowerCase(Locale.ROOT)))
            .orElse(false)) {
      return Verdict.TENANT_NOT_ALLOWED;
    }
    return Verdict.ADMITTED;
  }

  /** Whether replies may go to this service URL (also checked for stored references). */
  boolean serviceUrlAllowed(String serviceUrl) {
    return serviceUrls.allowed(serviceUrl);
  }

  /**
   * The activity's tenant: the conversation's, else the Teams channel data's; empty when they
   * disagree.
   */
  static Optional<String> tenantOf(Activity activity) {
    Optional<String> fromConversation =
        Optional.ofNullable(activity.getConversation())
            .map(c -> c.getTenantId())
            .filter(t -> !t.isBlank());
    Optional<String> fromChannelData =
        Optional.ofNullable(activity.getChannelData())
            .map(d -> (JsonNode) Json.MAPPER.valueToTree(d))
            .map(n -> n.path("tenant").path("id").asText(""))
            .filter(t -> !t.isBlank());
    if (fromConversation.isPresent()
        && fromChannelData.isPresent()
        && !fromConversation.get().equalsIgnoreCase(fromChannelData.get())) {
      return Optional.empty();
    }
    return fromConversation.or(() -> fromChannelData);
  }
}
