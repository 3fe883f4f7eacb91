package org.dpcoach.local;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.text.StringEscapeUtils;
import org.dpcoach.core.model.Action;
import org.dpcoach.core.model.Citation;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.TopicRef;

/**
 * Renders a reply as an HTML fragment for the web chat: the short answer and its source first, the
 * full guidance and the sources in {@code <details>}, choices and related topics as buttons. Every
 * text is escaped; e-mail addresses and phone numbers become links; nothing loads from elsewhere.
 */
final class HtmlRenderer {
  static final String FULL_GUIDANCE = "Full guidance";
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  private static final Pattern PHONE =
      Pattern.compile("\\b(?:0\\d{4} ?\\d{6}|0\\d{3} ?\\d{3} ?\\d{4}|999)\\b");

  /** The reply as one fragment; what is read first, then the full guidance behind a toggle. */
  String render(Reply reply) {
    Parts html = new Parts(reply.knowledgeVersion());
    StringBuilder out = new StringBuilder();
    reply.lead().forEach(p -> out.append(p.accept(html)));
    List<ReplyPart> guidance = reply.fullGuidance();
    if (!guidance.isEmpty()) {
      out.append("<details class=\"guidance\"><summary>")
          .append(FULL_GUIDANCE)
          .append("</summary><div class=\"guidance-body\">");
      guidance.forEach(p -> out.append(p.accept(html)));
      out.append("</div></details>");
    }
    return out.toString();
  }

  /** Text escaped for HTML text and double-quoted attribute values; null as empty. */
  static String escape(String text) {
    return text == null ? "" : StringEscapeUtils.escapeHtml4(text);
  }

  /** Escaped text with e-mail addresses and phone numbers as links. */
  static String linked(String text) {
    String escaped = escape(text);
    StringBuilder out = new StringBuilder();
    Matcher email = EMAIL.matcher(escaped);
    int at = 0;
    while (email.find()) {
      out.append(phones(escaped.substring(at, email.start())));
      out.append("<a href=\"mailto:").append(email.group()).append("\">");
      out.append(email.group()).append("</a>");
      at = email.end();
    }
    return out.append(phones(escaped.substring(at))).toString();
  }

  private static String phones(String escaped) {
    return PHONE
        .matcher(escaped)
        .replaceAll(
            m -> "<a href=\"tel:" + m.group().replace(" ", "") + "\">" + m.group() + "</a>");
  }

  /** Each kind of part as HTML. */
  private static final class Parts implements ReplyPart.Visitor<String> {
    private final String knowledgeVersion;

    Parts(String knowledgeVersion) {
      this.knowledgeVersion = knowledgeVersion;
    }

    @Override
    public String notice(ReplyPart.Notice n) {
      String kind = n.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      return "<p class=\"notice notice-" + kind + "\">" + escape(n.text()) + "</p>";
    }

    @Override
    public String shortAnswer(ReplyPart.ShortAnswer s) {
      return "<p class=\"short-answer\">"
          + linked(s.text())
          + "</p><p class=\"source\">"
          + escape(TextRenderer.sourceLine(s.mainSource(), knowledgeVersion))
          + "</p>";
    }

    @Override
    public String summary(ReplyPart.Summary s) {
      return "<h2>" + escape(s.title()) + "</h2><p>" + linked(s.text()) + "</p>";
    }

    @Override
    public String points(ReplyPart.Points p) {
      return list("Do", "do", p.dos()) + list("Don't", "dont", p.donts());
    }

    @Override
    public String employerSays(ReplyPart.EmployerSays e) {
      String stance =
          e.stance() == null || e.stance().isBlank()
              ? ""
              : " <span class=\"stance\">(" + escape(e.stance().replace('-', ' ')) + ")</span>";
      String overdue =
          e.overdue()
              ? "<p class=\"warning\" role=\"note\"><strong>Policy review overdue</strong> (was due "
                  + e.reviewBy()
                  + "). "
                  + escape(e.overdueNote())
                  + "</p>"
              : "";
      return "<section class=\"employer\"><h3>What "
          + escape(e.employer())
          + " says"
          + stance
          + "</h3><p>"
          + linked(e.text())
          + "</p><p class=\"meta\">"
          + escape(e.document())
          + " · owner "
          + escape(e.owner())
          + " · review by "
          + e.reviewBy()
          + "</p>"
          + overdue
          + "</section>";
    }

    @Override
    public String nationNote(ReplyPart.NationNote n) {
      return "<h3>In " + escape(n.nation()) + "</h3><p>" + linked(n.text()) + "</p>";
    }

    @Override
    public String contacts(ReplyPart.Contacts c) {
      return "<section class=\"contacts\"><h3>Contact now</h3><ul>"
          + c.lines().stream().map(l -> "<li>" + linked(l) + "</li>").collect(Collectors.joining())
          + "</ul></section>";
    }

    @Override
    public String sources(ReplyPart.Sources s) {
      return "<details class=\"sources\"><summary>Sources</summary><ul>"
          + s.citations().stream()
              .map(c -> "<li>" + escape(citation(c)) + "</li>")
              .collect(Collectors.joining())
          + "</ul><p class=\"meta\">Knowledge version "
          + escape(s.knowledgeVersion())
          + "</p></details>";
    }

    @Override
    public String related(ReplyPart.Related r) {
      return "<h3>Related</h3>" + buttons(r.topics(), "related");
    }

    @Override
    public String choices(ReplyPart.Choices c) {
      return "<p>" + escape(c.prompt()) + "</p>" + buttons(c.options(), "choices");
    }

    @Override
    public String heading(ReplyPart.Heading h) {
      return "<h2>" + escape(h.text()) + "</h2>";
    }

    @Override
    public String paragraph(ReplyPart.Paragraph p) {
      return p.fenced()
          ? "<pre>" + escape(p.text().strip().replace(ReplyPart.Paragraph.FENCE, "")) + "</pre>"
          : "<p>" + linked(p.text()) + "</p>";
    }

    @Override
    public String sourceLines(ReplyPart.SourceLines s) {
      return list("Sources", "sources", s.lines());
    }

    /** Buttons; one that opens an address is a link (the web chat sends no button back). */
    @Override
    public String actions(ReplyPart.Actions a) {
      return "<p class=\"actions\">"
          + a.actions().stream()
              .map(
                  b ->
                      b.id().equals(Action.OPEN)
                          ? "<a href=\"" + escape(b.value()) + "\">" + escape(b.label()) + "</a>"
                          : "<button type=\"button\" disabled>" + escape(b.label()) + "</button>")
              .collect(Collectors.joining(" "))
          + "</p>";
    }

    private static String citation(Citation c) {
      return c.label() + (c.point() == null || c.point().isBlank() ? "" : ": " + c.point());
    }

    private static String list(String heading, String kind, List<String> items) {
      if (items.isEmpty()) {
        return "";
      }
      return "<h3>"
          + heading
          + "</h3><ul class=\""
          + kind
          + "\">"
          + items.stream().map(i -> "<li>" + linked(i) + "</li>").collect(Collectors.joining())
          + "</ul>";
    }

    private static String buttons(List<TopicRef> refs, String kind) {
      return "<ul class=\""
          + kind
          + "\">"
          + refs.stream()
              .map(
                  t ->
                      "<li><button type=\"button\" data-choose=\""
                          + escape(t.id())
                          + "\">"
                          + escape(t.title())
                          + "</button></li>")
              .collect(Collectors.joining())
          + "</ul>";
    }
  }
}
