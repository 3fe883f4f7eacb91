package org.dpcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.util.json.GsonFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.dpcoach.core.model.Citation;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.model.TopicRef;
import org.dpcoach.core.model.Turn;
import org.dpcoach.testkit.TestCoach;
import org.dpcoach.testkit.TestReplies;
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
  void render_shortAnswer_isTheAnswerASourceLineAndOneRowOfButtons() {
    Reply reply = TestReplies.formerClient();
    ReplyPart.ShortAnswer shortAnswer = reply.shortAnswer().orElseThrow();

    SlackMessage message = renderer.render(reply);

    List<LayoutBlock> blocks = message.blocks();
    assertThat(blocks).hasSize(reply.lead().size() + 2);
    int at = reply.lead().size() - 1;
    assertThat(((SectionBlock) blocks.get(at)).getText().getText())
        .isEqualTo(Mrkdwn.escape(shortAnswer.text()));
    assertThat(json(message))
        .contains(
            Mrkdwn.escape(shortAnswer.mainSource())
                + " · Knowledge version "
                + reply.knowledgeVersion())
        .doesNotContain("*Do*", "*Sources*", "\"type\":\"header\"");
    ActionsBlock buttons = (ActionsBlock) blocks.get(blocks.size() - 1);
    assertThat(buttons.getElements())
        .extracting(e -> ((ButtonElement) e).getActionId())
        .containsExactly(
            ActionIds.FULL, ActionIds.RELATED + "0", ActionIds.HELPFUL, ActionIds.UNHELPFUL);
    ButtonElement full = (ButtonElement) buttons.getElements().get(0);
    assertThat(full.getText().getText()).isEqualTo(BlockKitRenderer.FULL_GUIDANCE);
    assertThat(GuidanceKey.read(full.getValue()))
        .contains(GuidanceKey.of(reply.topic(), shortAnswer.caseId()));
    assertThat(((ButtonElement) buttons.getElements().get(1)).getValue())
        .isEqualTo(reply.part(ReplyPart.Related.class).orElseThrow().topics().get(0).id());
    assertThat(message.text()).isEqualTo(reply.part(ReplyPart.Summary.class).orElseThrow().title());
  }

  @Test
  void render_shortAnswerOfEveryTopic_fitsOnePhoneScreen() {
    int tallest = 0;
    for (var topic : TestCoach.engine().knowledge().topics()) {
      Reply reply = TestCoach.engine().choose(new Turn("u", "phone-" + topic.id(), ""), topic.id());
      SlackMessage message = renderer.render(reply);
      int height = PhoneScreen.heightPt(message);
      assertThat(message.blocks()).as(topic.id()).hasSizeLessThanOrEqualTo(5);
      assertThat(height).as(topic.id()).isLessThanOrEqualTo(PhoneScreen.SCREEN_PT);
      tallest = Math.max(tallest, height);
    }
    for (Reply answer : List.of(TestReplies.formerClient(), TestReplies.lostLaptop())) {
      SlackMessage example = renderer.render(answer);
      SlackMessage before = renderer.render(withoutShortAnswer(answer));
      assertThat(PhoneScreen.heightPt(example)).isLessThanOrEqualTo(PhoneScreen.SCREEN_PT);
      System.out.printf(
          "Slack short answer (%s): %d blocks, %d characters, about %d pt on a 390 pt phone"
              + " (screen %d pt; tallest topic summary %d pt); the whole answer was %d blocks,"
              + " %d pt%n",
          answer.shortAnswer().flatMap(ReplyPart.ShortAnswer::caseId).orElse(answer.topic()),
          example.blocks().size(),
          PhoneScreen.characters(example),
          PhoneScreen.heightPt(example),
          PhoneScreen.SCREEN_PT,
          tallest,
          before.blocks().size(),
          PhoneScreen.heightPt(before));
    }
  }

  @Test
  void fullGuidance_shortAnswer_isEverythingAfterItWithoutFeedback() {
    Reply reply = TestReplies.formerClient();

    SlackMessage message = renderer.fullGuidance(reply);

    String json = json(message);
    assertThat(message.blocks().get(0)).isInstanceOf(com.slack.api.model.block.HeaderBlock.class);
    assertThat(json)
        .contains("*Do*", "*Sources*", "Knowledge version " + reply.knowledgeVersion())
        .doesNotContain(
            Mrkdwn.escape(reply.shortAnswer().orElseThrow().text()),
            ActionIds.HELPFUL,
            ActionIds.FULL);
    assertThat(message.blocks()).hasSizeLessThanOrEqualTo(BlockKitRenderer.MAX_BLOCKS);
  }

  @Test
  void fullGuidance_withoutSummary_isHeadedByTheShortAnswersQuestion() {
    Reply reply =
        reply(
            Route.ANSWER,
            List.of(
                new ReplyPart.ShortAnswer("Yes, if...", Optional.empty(), "Topic title", ""),
                new ReplyPart.Points(List.of("do one"), List.of())));

    SlackMessage message = renderer.fullGuidance(reply);

    assertThat(json(message))
        .contains("\"type\":\"header\"", "Topic title", "Yes, if...", "do one");
    assertThat(json(renderer.render(reply))).contains(":books: Knowledge version 2026.1");
  }

  @Test
  void render_nationNotice_hasItsOwnIcon() {
    SlackMessage message =
        renderer.render(
            reply(
                Route.ANSWER,
                List.of(
                    new ReplyPart.Notice(ReplyPart.Notice.Kind.NATION, "Answering for Scotland"),
                    new ReplyPart.ShortAnswer("No.", Optional.empty(), "T", "SSSC Code, 5.7"))));

    assertThat(json(message)).contains(":round_pushpin: Answering for Scotland");
  }

  @Test
  void render_shortAnswerOverSixtyWords_showsWholeSentencesWithinSixtyAndTheGuidanceHasAll() {
    String sentence = "This sentence has exactly ten words in it, no more. ";
    String text = sentence.repeat(7).strip();
    Reply reply =
        reply(
            Route.ANSWER,
            List.of(
                new ReplyPart.ShortAnswer(text, Optional.empty(), "Topic title", ""),
                new ReplyPart.Points(List.of("do one"), List.of())));

    String shown = ((SectionBlock) renderer.render(reply).blocks().get(0)).getText().getText();

    assertThat(shown).isEqualTo(sentence.repeat(6).strip() + " …");
    assertThat(json(renderer.fullGuidance(reply))).contains(text);
    assertThat(Mrkdwn.firstWords("one two three four", 2)).isEqualTo("one two …");
  }

  static Reply withoutShortAnswer(Reply reply) {
    return new Reply(
        reply.route(),
        reply.topic(),
        reply.confidence(),
        reply.alternatives(),
        reply.parts().stream().filter(p -> !(p instanceof ReplyPart.ShortAnswer)).toList(),
        reply.answerPrivately(),
        reply.knowledgeVersion());
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
