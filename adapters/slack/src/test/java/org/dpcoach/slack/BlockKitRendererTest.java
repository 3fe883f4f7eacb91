package org.dpcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.util.json.GsonFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.dpcoach.core.model.Citation;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.model.TopicRef;
import org.junit.jupiter.api.Test;

class BlockKitRendererTest {
  final BlockKitRenderer renderer = new BlockKitRenderer();

  static Reply reply(Route route, List<ReplyPart> parts) {
    return new Reply(route, "topic-a", 0.9, List.of(), parts, false, "2026.1");
  }

  static String json(SlackMessage message) {
    return GsonFactory.createSnakeCase().toJson(message.blocks());
  }

  @Test
  void render_everyPartKind_rendersEachWithFeedbackLast() {
    List<ReplyPart> parts =
        List.of(
            new ReplyPart.Notice(ReplyPart.Notice.Kind.PRIVACY, "privacy note"),
            new ReplyPart.Summary("Title", "Summary text"),
            new ReplyPart.Points(List.of("do one"), List.of("dont one")),
            new ReplyPart.EmployerSays(
                "Council",
                "allowed-with-care",
                "policy text",
                "Policy doc",
                "PSW",
                LocalDate.of(2026, 1, 1),
                true,
                "ask the PSW"),
            new ReplyPart.NationNote("Wales", "nation text"),
            new ReplyPart.Contacts(List.of("duty team 0100")),
            new ReplyPart.Sources(
                List.of(new Citation("Code", "5.6", "point", "regulator")), "2026.1"),
            new ReplyPart.Related(List.of(new TopicRef("t1", "Topic one"))),
            new ReplyPart.Choices("Did you mean", List.of(new TopicRef("t2", "Topic two"))));

    SlackMessage message = renderer.render(reply(Route.ANSWER, parts));
    String json = json(message);

    assertThat(json)
        .contains(
            "privacy note",
            "\"type\":\"header\"",
            "Summary text",
            "do one",
            "dont one",
            "What Council says* (allowed with care)",
            "review by 2026-01-01",
            "Policy review overdue",
            "ask the PSW",
            "*In Wales:*",
            "duty team 0100",
            "Code, 5.6: point",
            "Knowledge version 2026.1",
            ActionIds.RELATED + "0",
            ActionIds.CHOOSE + "0",
            ActionIds.HELPFUL,
            "topic-a|2026.1");
    assertThat(message.blocks().get(message.blocks().size() - 1)).isInstanceOf(ActionsBlock.class);
    assertThat(message.text()).isEqualTo("Title");
  }

  @Test
  void render_notAnAnswer_hasNoFeedbackButtons() {
    SlackMessage message =
        renderer.render(
            reply(
                Route.CLARIFY,
                List.of(new ReplyPart.Choices("Pick", List.of(new TopicRef("t", "T"))))));
    assertThat(json(message)).doesNotContain(ActionIds.HELPFUL);
  }

  @Test
  void render_hugeContent_staysWithinBlockKitLimits() {
    List<ReplyPart> parts = new ArrayList<>();
    IntStream.range(0, 40)
        .forEach(i -> parts.add(new ReplyPart.Summary("T".repeat(400), "<&>".repeat(5_000))));
    parts.add(
        new ReplyPart.Choices(
            "pick",
            IntStream.range(0, 60)
                .mapToObj(i -> new TopicRef("id" + i, "x".repeat(200)))
                .toList()));

    SlackMessage message = renderer.render(reply(Route.ANSWER, parts));

    assertThat(message.blocks()).hasSizeLessThanOrEqualTo(BlockKitRenderer.MAX_BLOCKS);
    assertThat(json(message)).contains(ActionIds.HELPFUL, "cut to fit");
    for (LayoutBlock block : message.blocks()) {
      if (block instanceof SectionBlock s) {
        assertThat(s.getText().getText().length()).isLessThanOrEqualTo(3_000);
        assertThat(s.getText().getText())
            .doesNotContain("<", ">")
            .doesNotContainPattern("&(?!amp;|lt;|gt;)");
      }
    }
    assertThat(json(message)).doesNotContainPattern("\"text\":\"x{76,}");
  }
}
