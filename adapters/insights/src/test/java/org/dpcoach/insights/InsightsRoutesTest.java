package org.dpcoach.insights;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.store.Database;
import org.dpcoach.store.StoreSettings;
import org.dpcoach.testkit.LoopbackJavalin;
import org.dpcoach.testkit.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page, the CSV and the review form behind the token, on a loopback server. */
class InsightsRoutesTest {
  static final Instant NOW = Instant.parse("2026-06-03T10:00:00Z");
  static KnowledgeBase kb;

  @TempDir Path temp;
  private final MutableClock clock = new MutableClock(NOW);
  private final HttpClient http = HttpClient.newHttpClient();
  private Database db;
  private Javalin server;
  private Insights insights;
  private String base;

  @BeforeEach
  void start() {
    if (kb == null) {
      kb = KnowledgeBase.loader().exampleEmployer(true).load();
    }
    db = Database.open(StoreSettings.embedded(temp));
    insights =
        Insights.create(
            db, kb, InsightsSettings.defaults(), clock, () -> URI.create("http://localhost:1"));
    server = LoopbackJavalin.start(insights::routes);
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterEach
  void stop() {
    server.stop();
    db.close();
  }

  private String token() {
    String url = insights.links().mint().url().toString();
    assertThat(url).startsWith("http://localhost:1/insights?token=v1.");
    return url.substring(url.indexOf("token=") + 6);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String form) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + "/insights/review"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void page_validToken_answersWithTheSelfOnlyPolicyAndNoOutsideAddress() throws Exception {
    HttpResponse<String> page = get("/insights?token=" + token());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'none'", "script-src 'self'");
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    Matcher refs = Pattern.compile("(?:src|href|action)=\"([^\"]*)\"").matcher(page.body());
    int found = 0;
    while (refs.find()) {
      assertThat(refs.group(1)).as("an address on the page").startsWith("/insights");
      found++;
    }
    assertThat(found).isGreaterThanOrEqualTo(4);
    assertThat(get("/insights/assets/echarts.min.js").statusCode()).isEqualTo(200);
    assertThat(get("/insights/assets/echarts.min.js").body()).contains("echarts");
    assertThat(get("/insights/assets/insights.js").statusCode()).isEqualTo(200);
    assertThat(get("/insights/assets/insights.css").statusCode()).isEqualTo(200);
  }

  @Test
  void page_expiredToken_answers401() throws Exception {
    String token = token();
    clock.set(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1));
    assertThat(get("/insights?token=" + token).statusCode()).isEqualTo(200);
    clock.set(NOW.plus(Duration.ofMinutes(15)));
    assertThat(get("/insights?token=" + token).statusCode()).isEqualTo(401);
    assertThat(get("/insights.csv?token=" + token).statusCode()).isEqualTo(401);
    assertThat(post("token=" + token + "&id=1&state=REVIEWED").statusCode()).isEqualTo(401);
  }

  @Test
  void page_missingTamperedOrForeignToken_answers401WithNoFigures() throws Exception {
    String token = token();
    String tampered = token.substring(0, token.length() - 1) + (token.endsWith("0") ? "1" : "0");
    String foreign;
    try (Database other = Database.open(StoreSettings.embedded(temp.resolve("other")))) {
      String url =
          Insights.create(other, kb, InsightsSettings.defaults(), clock, () -> URI.create(base))
              .links()
              .mint()
              .url()
              .toString();
      foreign = url.substring(url.indexOf("token=") + 6);
    }
    for (String query : List.of("", "?token=", "?token=" + tampered, "?token=" + foreign)) {
      HttpResponse<String> page = get("/insights" + query);
      assertThat(page.statusCode()).as("page %s", query).isEqualTo(401);
      assertThat(page.body()).doesNotContain("<table");
      assertThat(get("/insights.csv" + query).statusCode()).as("CSV %s", query).isEqualTo(401);
    }
    assertThat(post("token=" + tampered + "&id=1&state=REVIEWED").statusCode()).isEqualTo(401);
    assertThat(post("id=1&state=REVIEWED").statusCode()).isEqualTo(401);
  }

  @Test
  void review_badStateOrUnknownComment_saysWhatIsWrong() throws Exception {
    String token = token();
    assertThat(post("token=" + token + "&id=x&state=REVIEWED").statusCode()).isEqualTo(400);
    assertThat(post("token=" + token + "&id=1&state=DELETED").statusCode()).isEqualTo(400);
    assertThat(post("token=" + token + "&id=42&state=REVIEWED").statusCode()).isEqualTo(404);
  }

  @Test
  void page_badDates_answers400() throws Exception {
    String token = token();
    assertThat(get("/insights?token=" + token + "&from=yesterday").statusCode()).isEqualTo(400);
    assertThat(get("/insights?token=" + token + "&from=2026-06-03&to=2026-05-01").statusCode())
        .isEqualTo(400);
    assertThat(get("/insights?token=" + token + "&from=2024-01-01&to=2026-06-03").statusCode())
        .isEqualTo(400);
  }

  @Test
  void csv_header_andAttachmentName() throws Exception {
    HttpResponse<String> csv =
        get("/insights.csv?token=" + token() + "&from=2026-05-04&to=2026-06-07");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).startsWith("section,row,column,value\r\n");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
        .contains("dpcoach-insights-2026-05-04-to-2026-06-07.csv");
    assertThat(InsightsCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
  }
}
