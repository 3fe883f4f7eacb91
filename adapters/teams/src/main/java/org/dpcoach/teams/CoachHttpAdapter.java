package org.dpcoach.teams;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import java.util.concurrent.CompletableFuture;

/** The SDK's HTTP adapter with the credentials for outgoing calls made by {@link Credentials}. */
final class CoachHttpAdapter extends BotFrameworkHttpAdapter {
  private final Credentials credentials;

  CoachHttpAdapter(CredentialProvider provider, Credentials credentials) {
    super(provider, null);
    this.credentials = credentials;
  }

  @Override
  protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
    return CompletableFuture.completedFuture(credentials.create(appId, scope));
  }
}
