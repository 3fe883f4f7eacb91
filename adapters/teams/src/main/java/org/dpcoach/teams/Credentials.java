package org.dpcoach.teams;

import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;

/** Makes the credentials outgoing connector calls are signed with (tests swap in a fixed token). */
@FunctionalInterface
interface Credentials {
  /** Credentials for this app id and OAuth scope; an empty app id means none (local mode). */
  MicrosoftAppCredentials create(String appId, String scope);

  /** Client-secret credentials from Entra ID, for the bot's own tenant when single-tenant. */
  static Credentials of(TeamsSettings settings) {
    return (appId, scope) ->
        appId == null || appId.isEmpty() || settings.appId().isEmpty()
            ? MicrosoftAppCredentials.empty()
            : new MicrosoftAppCredentials(
                appId,
                settings.appPassword().orElse(null),
                settings.tenantId().orElse(null),
                scope);
  }
}
