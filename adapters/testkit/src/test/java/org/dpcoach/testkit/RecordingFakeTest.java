package org.dpcoach.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordingFakeTest {

  /** Records each form body's {@code name}, answers 200 with JSON. */
  static final class NameFake extends RecordingFake<String> {
    NameFake() {
      start();
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
      try (exchange) {
        record(form(bodyText(exchange)).getOrDefault("name", ""));
        respond(exchange, 200, "{\"ok\":true}", Map.of("X-Fake", "yes"));
      }
    }
  }

  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void await_recordedCalls_returnedOnceEnoughMatch() throws Exception {
    try (NameFake fake = new NameFake()) {
      assertThat(fake.origin()).startsWith("http://127.0.0.1:");
      HttpResponse<String> response = post(fake, "name=a%20b");
      post(fake, "name=c");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThat(response.headers().firstValue("X-Fake")).hasValue("yes");
      assertThat(fake.await(n -> true, 2, Duration.ofSeconds(5))).containsExactly("a b", "c");
      assertThat(fake.calls("c"::equals)).containsExactly("c");
    }
  }

  @Test
  void await_tooFewCalls_returnsWhatCameAfterTheTimeout() throws Exception {
    try (NameFake fake = new NameFake()) {
      post(fake, "name=a");

      assertThat(fake.await(n -> true, 2, Duration.ofMillis(50))).containsExactly("a");
      fake.clear();
      assertThat(fake.calls()).isEmpty();
    }
  }

  private HttpResponse<String> post(NameFake fake, String form) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(fake.origin() + "/x"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
