package org.dpcoach.insights;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Properties;
import org.dpcoach.store.InsightsQueries;
import org.dpcoach.store.InsightsQueries.Team;
import org.dpcoach.store.InsightsRecorder;
import org.dpcoach.store.InsightsRecorder.Review;

/**
 * The insights endpoints on the app's server: the page, its CSV and the review of a comment, each
 * answering 401 without a valid token; and the page's own script, style and Apache ECharts (from
 * its WebJar), so the page makes no request anywhere else.
 */
final class InsightsRoutes {
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
  static final int MAX_WEEKS = 60;
  static final String UNAUTHORIZED =
      "<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Link not valid</title>"
          + "</head><body><h1>This link is not valid</h1><p>Insights links work for 15 minutes."
          + " Ask the coach for a new one: <code>/dpcoach insights</code> in Slack, or"
          + " <code>insights</code> to the bot in Teams.</p></body></html>";

  private final ReportBuilder builder;
  private final InsightsPage page;
  private final LinkTokens tokens;
  private final InsightsQueries queries;
  private final Clock clock;
  private final byte[] echarts;
  private final byte[] script;
  private final byte[] style;

  InsightsRoutes(
      ReportBuilder builder,
      InsightsPage page,
      LinkTokens tokens,
      InsightsQueries queries,
      Clock clock) {
    this.builder = builder;
    this.page = page;
    this.tokens = tokens;
    this.queries = queries;
    this.clock = clock;
    this.echarts = resource(echartsPath());
    this.script = resource("insights/insights.js");
    this.style = resource("insights/insights.css");
  }

  void register(JavalinConfig config) {
    config.routes.get(Insights.PATH, this::page);
    config.routes.get(Insights.PATH + ".csv", this::csv);
    config.routes.post(Insights.PATH + "/review", this::review);
    config.routes.get(
        Insights.PATH + "/assets/echarts.min.js", ctx -> asset(ctx, echarts, "text/javascript"));
    config.routes.get(
        Insights.PATH + "/assets/insights.js", ctx -> asset(ctx, script, "text/javascript"));
    config.routes.get(Insights.PATH + "/assets/insights.css", ctx -> asset(ctx, style, "text/css"));
  }

  private void page(Context ctx) {
    secure(ctx);
    String token = ctx.queryParam("token");
    if (!tokens.valid(token)) {
      unauthorized(ctx);
      return;
    }
    Optional<Report> report = report(ctx);
    report.ifPresent(r -> ctx.html(page.render(r, token)));
  }

  private void csv(Context ctx) {
    secure(ctx);
    if (!tokens.valid(ctx.queryParam("token"))) {
      unauthorized(ctx);
      return;
    }
    Optional<Report> report = report(ctx);
    report.ifPresent(
        r ->
            ctx.contentType("text/csv; charset=utf-8")
                .header(
                    "Content-Disposition",
                    "attachment; filename=\"dpcoach-insights-"
                        + r.from()
                        + "-to-"
                        + r.to()
                        + ".csv\"")
                .result(InsightsCsv.render(r)));
  }

  private void review(Context ctx) {
    secure(ctx);
    String token = ctx.formParam("token");
    if (!tokens.valid(token)) {
      unauthorized(ctx);
      return;
    }
    long id;
    Review state;
    try {
      id = Long.parseLong(String.valueOf(ctx.formParam("id")));
      state = Review.valueOf(String.valueOf(ctx.formParam("state")));
    } catch (IllegalArgumentException e) {
      ctx.status(400)
          .result("id must be a comment's number and state one of NEW, REVIEWED, CONTENT_GAP");
      return;
    }
    if (!queries.review(id, state, clock.instant())) {
      ctx.status(404).result("no such comment");
      return;
    }
    String team = Optional.ofNullable(ctx.formParam("team")).orElse("");
    LocalDate from = date(ctx.formParam("from"), today().minusWeeks(11));
    LocalDate to = date(ctx.formParam("to"), today());
    ctx.redirect(
        Insights.PATH + "?" + InsightsPage.query(token, from, to, team) + "#s-comments",
        HttpStatus.SEE_OTHER);
  }

  /** The report for the request's range and team; answers 400 itself when they are wrong. */
  private Optional<Report> report(Context ctx) {
    LocalDate today = today();
    LocalDate from;
    LocalDate to;
    try {
      to = date(ctx.queryParam("to"), today);
      from = date(ctx.queryParam("from"), to.minusWeeks(11));
    } catch (DateTimeParseException e) {
      ctx.status(400).result("from and to must be dates (YYYY-MM-DD)");
      return Optional.empty();
    }
    if (from.isAfter(to)) {
      ctx.status(400).result("from must not be after to");
      return Optional.empty();
    }
    if (ChronoUnit.WEEKS.between(from, to) >= MAX_WEEKS) {
      ctx.status(400).result("choose at most " + MAX_WEEKS + " weeks");
      return Optional.empty();
    }
    Optional<Team> team = InsightsPage.team(ctx.queryParam("team"));
    return Optional.of(builder.build(from, to, team, today));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(InsightsRecorder.ZONE));
  }

  private static LocalDate date(String value, LocalDate otherwise) {
    return value == null || value.isBlank() ? otherwise : LocalDate.parse(value.strip());
  }

  private static void secure(Context ctx) {
    ctx.header("Cache-Control", "no-store")
        .header("Content-Security-Policy", CSP)
        .header("Referrer-Policy", "no-referrer")
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY");
  }

  private static void unauthorized(Context ctx) {
    ctx.status(401)
        .header("WWW-Authenticate", "Token realm=\"dpcoach insights\"")
        .html(UNAUTHORIZED);
  }

  private static void asset(Context ctx, byte[] body, String type) {
    ctx.header("Cache-Control", "public, max-age=3600")
        .header("X-Content-Type-Options", "nosniff")
        .contentType(type + "; charset=utf-8")
        .result(body);
  }

  /** Where the ECharts WebJar keeps its minified bundle, read from the WebJar's own version. */
  static String echartsPath() {
    Properties pom = new Properties();
    try (InputStream in =
        InsightsRoutes.class.getResourceAsStream(
            "/META-INF/maven/org.webjars.npm/echarts/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("the Apache ECharts WebJar is not on the class path");
      }
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "META-INF/resources/webjars/echarts/"
        + pom.getProperty("version")
        + "/dist/echarts.common.min.js";
  }

  private static byte[] resource(String path) {
    try (InputStream in = InsightsRoutes.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
