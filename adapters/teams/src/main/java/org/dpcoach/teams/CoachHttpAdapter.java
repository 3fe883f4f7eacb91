package org.dpcoach.teams;

import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.restclient.RestClient;
import com.microsoft.bot.restclient.ServiceResponseBuilder;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.dpcoach.support.NoDelaySockets;
import retrofit2.Retrofit;

/**
 * The SDK's HTTP adapter with the credentials for outgoing calls made by {@link Credentials}, and
 * connector clients on sockets without Nagle's delay and with shorter timeouts than the SDK's (ten
 * seconds to connect, thirty to read, instead of sixty and 120).
 */
final class CoachHttpAdapter extends BotFrameworkHttpAdapter {
  static final int CONNECT_SECONDS = 10;
  static final int READ_SECONDS = 30;

  private final Credentials credentials;
  private final Map<String, ConnectorClient> clients = new ConcurrentHashMap<>();

  CoachHttpAdapter(CredentialProvider provider, Credentials credentials) {
    super(provider, null);
    this.credentials = credentials;
  }

  @Override
  protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
    return CompletableFuture.completedFuture(credentials.create(appId, scope));
  }

  @Override
  protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(
      String serviceUrl, AppCredentials appCredentials) {
    AppCredentials using =
        appCredentials == null ? MicrosoftAppCredentials.empty() : appCredentials;
    String key = keyForConnectorClient(serviceUrl, using.getAppId(), using.oAuthScope());
    try {
      return CompletableFuture.completedFuture(
          clients.computeIfAbsent(key, k -> client(serviceUrl, using)));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static ConnectorClient client(String serviceUrl, AppCredentials credentials) {
    OkHttpClient.Builder http = new OkHttpClient.Builder().socketFactory(new NoDelaySockets());
    RestClient rest =
        new RestClient.Builder(http, new Retrofit.Builder())
            .withBaseUrl(serviceUrl)
            .withCredentials(credentials)
            .withSerializerAdapter(new JacksonAdapter())
            .withResponseBuilderFactory(new ServiceResponseBuilder.Factory())
            .withConnectionTimeout(CONNECT_SECONDS, TimeUnit.SECONDS)
            .withReadTimeout(READ_SECONDS, TimeUnit.SECONDS)
            .build();
    return new RestConnectorClient(rest);
  }
}
