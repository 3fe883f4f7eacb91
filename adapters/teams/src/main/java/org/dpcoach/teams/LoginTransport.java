package org.dpcoach.teams;

import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/**
 * msal4j's HTTP calls, made with the app's client and only to the configured Entra ID address:
 * msal4j names {@code https://<login host>/...}, this sends it to the login URL's scheme, host and
 * path (plain http on loopback, for tests). A call to any other host is refused, so the client
 * secret goes nowhere else.
 */
final class LoginTransport implements IHttpClient {
  static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final Set<String> RESTRICTED =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final URI login;
  private final HttpClient http;

  LoginTransport(URI login, HttpClient http) {
    this.login = login;
    this.http = http;
  }

  /** The authority msal4j is given for the tenant: {@code https://<login host>/<tenant>/}. */
  String authority(String tenant) {
    return "https://" + login.getRawAuthority() + "/" + tenant + "/";
  }

  @Override
  public IHttpResponse send(com.microsoft.aad.msal4j.HttpRequest request)
      throws IOException, InterruptedException {
    URL url = request.url();
    if (!login.getRawAuthority().equalsIgnoreCase(url.getAuthority())) {
      throw new IOException("refused a login call outside the configured login host");
    }
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(GraphToken.base(login) + url.getFile())).timeout(TIMEOUT);
    request
        .headers()
        .forEach(
            (name, value) -> {
              if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                builder.header(name, value);
              }
            });
    switch (request.httpMethod()) {
      case GET -> builder.GET();
      case POST -> builder.POST(HttpRequest.BodyPublishers.ofString(request.body()));
      default -> throw new IOException("unexpected login call: " + request.httpMethod());
    }
    HttpResponse<String> response =
        http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    com.microsoft.aad.msal4j.HttpResponse answer =
        new com.microsoft.aad.msal4j.HttpResponse()
            .statusCode(response.statusCode())
            .body(response.body());
    answer.addHeaders(response.headers().map());
    return answer;
  }
}
