package org.dpcoach.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.local.TextRenderer;
import org.dpcoach.support.Json;

/** The command-line contract's JSON shape of a reply (one object per line). */
final class JsonReplies {
  private final TextRenderer renderer = new TextRenderer();

  ObjectNode toJson(Reply reply) {
    ObjectNode json = Json.MAPPER.createObjectNode();
    json.put("route", reply.route().id());
    json.put("topic", reply.topic());
    json.put("confidence", reply.confidence());
    ArrayNode alternatives = json.putArray("alternatives");
    reply
        .alternatives()
        .forEach(
            a ->
                alternatives.addObject().put("topic", a.topic()).put("confidence", a.confidence()));
    ArrayNode sources = json.putArray("sources");
    reply
        .part(ReplyPart.Sources.class)
        .ifPresent(s -> s.citations().forEach(c -> sources.add(c.label())));
    java.util.Optional<ReplyPart.ShortAnswer> shortAnswer = reply.shortAnswer();
    json.put("case", shortAnswer.flatMap(ReplyPart.ShortAnswer::caseId).orElse(null));
    json.put(
        "short_answer",
        shortAnswer.map(ReplyPart.ShortAnswer::text).orElseGet(() -> firstRead(reply)));
    json.put("answer", renderer.render(reply));
    json.put("knowledge_version", reply.knowledgeVersion());
    json.put("private", reply.answerPrivately());
    ArrayNode choices = json.putArray("choices");
    reply
        .part(ReplyPart.Choices.class)
        .ifPresent(c -> c.options().forEach(o -> choices.add(o.id())));
    return json;
  }

  /**
   * What a reply without a short answer shows first: its summary, its prompt, or the first notice
   * (a clarification, a fallback, the escalation).
   */
  private static String firstRead(Reply reply) {
    return reply
        .part(ReplyPart.Summary.class)
        .map(ReplyPart.Summary::text)
        .or(() -> reply.part(ReplyPart.Choices.class).map(ReplyPart.Choices::prompt))
        .or(() -> reply.part(ReplyPart.Notice.class).map(ReplyPart.Notice::text))
        .orElse("");
  }

  String line(Reply reply) {
    try {
      return Json.MAPPER.writeValueAsString(toJson(reply));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
