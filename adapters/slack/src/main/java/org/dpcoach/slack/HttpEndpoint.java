package org.dpcoach.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}: the strict signature check (401), the body check (400), then Bolt,
 * whose own signature check runs again. Never logs a body.
 */
final class HttpEndpoint implements Handler {
  private static final Logger LOG = LoggerFactory.getLogger(HttpEndpoint.class);

  private final App app;
  private final SignatureCheck signatures;
  private final BodyCheck bodies = new BodyCheck();
  private final SlackRequestParser parser;

  HttpEndpoint(App app, SignatureCheck signatures) {
    this.app = app;
    this.signatures = signatures;
    this.parser = new SlackRequestParser(app.config());
  }

  @Override
  public void handle(Context ctx) {
    byte[] raw = ctx.bodyAsBytes();
    if (!signatures.verify(
        ctx.header("X-Slack-Request-Timestamp"), ctx.header("X-Slack-Signature"), raw)) {
      ctx.status(401).contentType("text/plain").result("invalid signature");
      return;
    }
    String body = new String(raw, StandardCharsets.UTF_8);
    BodyCheck.Verdict verdict = bodies.check(body);
    switch (verdict.kind()) {
      case MALFORMED -> {
        LOG.info("rejected a signed request: {}", verdict.reason());
        ctx.status(400).contentType("text/plain").result("malformed request");
      }
      case RATE_LIMIT_NOTICE -> {
        LOG.warn("Slack reports it is rate-limiting event delivery to this app");
        ctx.status(200);
      }
      case SLACK_REQUEST -> run(ctx, body);
    }
  }

  private void run(Context ctx, String body) {
    Request<?> request;
    try {
      request =
          parser.parse(
              SlackRequestParser.HttpRequest.builder()
                  .requestUri(ctx.path())
                  .requestBody(body)
                  .queryString(Map.of())
                  .headers(new RequestHeaders(headers(ctx)))
                  .remoteAddress(ctx.ip())
                  .build());
    } catch (RuntimeException e) {
      LOG.info("rejected a signed request Bolt cannot parse: {}", e.getClass().getName());
      ctx.status(400).contentType("text/plain").result("malformed request");
      return;
    }
    if (request == null) {
      ctx.status(400).contentType("text/plain").result("malformed request");
      return;
    }
    try {
      write(ctx, app.run(request));
    } catch (QueueFull e) {
      ctx.status(503).contentType("text/plain").result("busy, retry later");
    } catch (com.google.gson.JsonParseException
        | IllegalStateException
        | ClassCastException
        | UnsupportedOperationException e) {
      LOG.info("rejected a signed request with an unexpected shape: {}", e.getClass().getName());
      ctx.status(400).contentType("text/plain").result("malformed request");
    } catch (Exception e) {
      LOG.error("slack request failed: {}", e.getClass().getName());
      ctx.status(500).contentType("text/plain").result("internal error");
    }
  }

  private static Map<String, List<String>> headers(Context ctx) {
    Map<String, List<String>> headers = new HashMap<>();
    ctx.headerMap().forEach((name, value) -> headers.put(name, List.of(value)));
    return headers;
  }

  private static void write(Context ctx, Response response) {
    ctx.status(response.getStatusCode());
    if (response.getHeaders() != null) {
      response.getHeaders().forEach((name, values) -> values.forEach(v -> ctx.header(name, v)));
    }
    if (response.getContentType() != null) {
      ctx.contentType(response.getContentType());
    }
    if (response.getBody() != null) {
      ctx.result(response.getBody());
    }
  }
}
