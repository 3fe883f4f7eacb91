package org.dpcoach.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.dpcoach.core.Answers;
import org.dpcoach.core.model.Origin;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.Turn;
import org.dpcoach.support.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A web chat on the app's own server, for trying the coach in a browser with no workspace: a page
 * at {@code /} and {@code POST /chat} taking {@code {"conversation", "text"}} or {@code
 * {"conversation", "topic"}} (a topic or case id from a button) and answering with the reply as
 * HTML (the short answer first, the full guidance in {@code <details>}), as text, and its choices.
 */
public final class WebChat {
  private static final int MAX_BODY = 64 * 1024;
  private static final Origin WEB = new Origin("web", "", "web");
  static final String SORRY = "Sorry, something went wrong on my side. Please try again.";
  private static final Logger LOG = LoggerFactory.getLogger(WebChat.class);
  static final String TOO_LONG =
      "That message is too long for me to read. Please ask in a sentence or two.";

  /** The page's own inline style and script only: nothing loads from anywhere else. */
  static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline';"
          + " connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

  private final Answers coach;
  private final TextRenderer renderer = new TextRenderer();
  private final HtmlRenderer html = new HtmlRenderer();
  private final String page;

  /** A web chat on the given coach (the engine, or a test's own). */
  public WebChat(Answers coach) {
    this.coach = coach;
    try (InputStream in = WebChat.class.getResourceAsStream("/webchat/index.html")) {
      this.page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("web chat page missing", e);
    }
  }

  /** Adds {@code GET /} and {@code POST /chat} to a Javalin configuration. */
  public void routes(JavalinConfig config) {
    config.routes.get(
        "/",
        ctx ->
            ctx.contentType("text/html; charset=utf-8")
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", CSP)
                .result(page));
    config.routes.post("/chat", this::chat);
  }

  private void chat(Context ctx) {
    JsonNode body;
    try {
      if (ctx.bodyAsBytes().length > MAX_BODY) {
        ctx.status(413).json(Map.of("error", TOO_LONG));
        return;
      }
      body = Json.MAPPER.readTree(ctx.bodyAsBytes());
    } catch (IOException e) {
      ctx.status(400)
          .json(
              Map.of(
                  "error",
                  "the body must be JSON: {\"conversation\": \"...\", \"text\": \"...\"}"));
      return;
    }
    if (body == null || !body.isObject()) {
      ctx.status(400).json(Map.of("error", "the body must be a JSON object"));
      return;
    }
    String conversation = body.path("conversation").asText("");
    if (conversation.isBlank() || conversation.length() > 100) {
      conversation = "web-" + UUID.randomUUID();
    }
    Turn turn = new Turn("web-user", conversation, body.path("text").asText(""), WEB);
    String topic = body.path("topic").asText("");
    Reply reply;
    try {
      reply = topic.isEmpty() ? coach.handle(turn) : coach.choose(turn, topic);
    } catch (RuntimeException e) {
      // one error handler per turn: the failure's class, never the text
      LOG.error("web chat turn failed: {}", e.getClass().getName());
      ctx.status(500).json(Map.of("error", SORRY));
      return;
    }
    ctx.json(
        Map.of(
            "conversation", conversation,
            "route", reply.route().id(),
            "topic", reply.topic(),
            "text", renderer.render(reply),
            "html", html.render(reply),
            "choices",
                reply
                    .part(ReplyPart.Choices.class)
                    .map(ReplyPart.Choices::options)
                    .orElse(java.util.List.of())));
  }
}
