package org.dpcoach.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.model.TopicRef;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
  final HtmlRenderer html = new HtmlRenderer();

  @Test
  void render_shortAnswer_isFirstAndTheGuidanceIsInDetails() {
    String out = html.render(Replies.shortAnswer());

    int shortAt = out.indexOf("<p class=\"short-answer\">");
    int detailsAt = out.indexOf("<details class=\"guidance\"><summary>Full guidance</summary>");
    assertThat(shortAt).isGreaterThan(out.indexOf("privacy note"));
    assertThat(detailsAt).isGreaterThan(shortAt);
    assertThat(out.substring(detailsAt))
        .contains(
            "<h2>Friend requests</h2>",
            "<h3>Do</h3><ul class=\"do\"><li>Decline politely</li></ul>",
            "<h3>What Example Council says",
            "Policy review overdue",
            "<details class=\"sources\"><summary>Sources</summary>",
            "<button type=\"button\" data-choose=\"friend-requests.linkedin\">What about LinkedIn?"
                + "</button>");
    assertThat(out.substring(shortAt, detailsAt))
        .contains("Source: SWE Professional Standards, 5.6 (knowledge version kb-1)");
  }

  @Test
  void render_markupInText_isEscaped() {
    String out = html.render(Replies.shortAnswer());

    assertThat(out)
        .contains("No. Decline &lt;b&gt;politely&lt;/b&gt; &amp; talk")
        .doesNotContain("<b>");
  }

  @Test
  void render_hostileChoice_cannotBreakOutOfItsButton() {
    Reply reply =
        new Reply(
            Route.CLARIFY,
            "x",
            0.4,
            List.of(),
            List.of(
                new ReplyPart.Choices(
                    "<script>alert(1)</script>",
                    List.of(
                        new TopicRef("a\" onclick=\"alert(1)", "<img src=x onerror=alert(1)>")))),
            false,
            "kb-1");

    String out = html.render(reply);

    assertThat(out)
        .doesNotContain("<script>", "<img", "\" onclick")
        .contains("data-choose=\"a&quot; onclick=&quot;alert(1)\"");
  }

  @Test
  void render_contacts_phoneAndEmailAreLinks() {
    Reply reply =
        new Reply(
            Route.ESCALATE,
            "safeguarding-emergency",
            1.0,
            List.of(),
            List.of(
                new ReplyPart.Contacts(
                    List.of("Duty team, 01632 960500, duty@northmoor.example", "Emergency: 999"))),
            false,
            "kb-1");

    String out = html.render(reply);

    assertThat(out)
        .contains(
            "<a href=\"tel:01632960500\">01632 960500</a>",
            "<a href=\"mailto:duty@northmoor.example\">duty@northmoor.example</a>",
            "<a href=\"tel:999\">999</a>")
        .doesNotContain("<details");
  }
}
