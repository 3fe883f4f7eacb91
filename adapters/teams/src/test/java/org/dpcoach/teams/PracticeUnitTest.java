package org.dpcoach.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Entity;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.dpcoach.core.model.Action;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.practice.PracticeCommand;
import org.junit.jupiter.api.Test;

/** The practice pieces without HTTP: cards, button data, command parsing, mentions, de-dup. */
class PracticeUnitTest {
  static final Message EVERYTHING =
      Message.of(
          "Debrief: what the *standards* say",
          List.of(
              "Text with _markup_ and [a link](https://example.org)",
              "Only you can see this.",
              "```\n# CPD record (draft): X\n\n- **Date:** 1 May 2026\n- **Peer reflection:** yes\n```"),
          List.of("Social Work England Professional Standards: 2.1"),
          List.of(
              new Action(Action.NEXT, "Next", "12"),
              new Action(Action.CPD, "Save CPD reflection", "12")));

  @Test
  void practiceCard_everyPart_isValidAndCarriesTheKeyAsTheHeadingsId() {
    Card card =
        new AdaptiveCardRenderer().render(EVERYTHING, "tip:teams:19:a@thread.tacv2:1790000000");

    assertThat(CardSchema.problems(card.content())).isEmpty();
    assertThat(card.content().path("body").path(0).path("id").asText())
        .isEqualTo("dpcoach-key:tip:teams:19:a@thread.tacv2:1790000000");
    assertThat(card.content().path("actions").path(1).path("data").toString())
        .isEqualTo("{\"dpcoach\":\"supervision.cpd\",\"session\":\"12\"}");
    String json = card.content().toString();
    assertThat(json)
        .contains("Monospace", "\\\\*\\\\*Peer reflection:\\\\*\\\\* yes", "📚 Sources");
    assertThat(CardMarker.carries(json, "tip:teams:19:a@thread.tacv2:1790000000")).isTrue();
    assertThat(CardMarker.carries(json, "tip:teams:19:a@thread.tacv2:1")).isFalse();
    assertThat(CardMarker.carries("not json {", "k")).isFalse();
    assertThat(
            new AdaptiveCardRenderer()
                .render(EVERYTHING, "")
                .content()
                .path("body")
                .path(0)
                .has("id"))
        .isFalse();
  }

  @Test
  void practiceSubmit_read_acceptsOnlyKnownActionsAndNumericSessions() {
    ObjectNode next = PracticeSubmit.data(new Action(Action.NEXT, "Next", "7"));
    assertThat(PracticeSubmit.read(next)).contains(new PracticeSubmit("supervision.next", 7));
    assertThat(PracticeSubmit.read(Map.of("dpcoach", "supervision.cpd", "session", "3")))
        .hasValueSatisfying(s -> assertThat(s.cpd()).isTrue());
    assertThat(PracticeSubmit.read(Map.of("dpcoach", "supervision.end", "session", "3"))).isEmpty();
    assertThat(PracticeSubmit.read(Map.of("dpcoach", "supervision.next", "session", "-3")))
        .isEmpty();
    assertThat(
            PracticeSubmit.read(
                Map.of("dpcoach", "supervision.next", "session", "1234567890123456789")))
        .isEmpty();
    assertThat(PracticeSubmit.read(Map.of("dpcoach", "helpful", "topic", "x"))).isEmpty();
    assertThat(PracticeSubmit.read(null)).isEmpty();
    assertThat(SubmitData.read(next)).isEmpty();
  }

  @Test
  void command_parsesTipsAndSupervisionWithOrWithoutDpcoach() {
    assertThat(PracticeCommand.parse("tips add a tip"))
        .contains(new PracticeCommand(PracticeCommand.Desk.TIPS, "add a tip"));
    assertThat(PracticeCommand.parse("/dpcoach  Tips now"))
        .contains(new PracticeCommand(PracticeCommand.Desk.TIPS, "now"));
    assertThat(PracticeCommand.parse("dpcoach supervision start scn-01 timed"))
        .hasValueSatisfying(c -> assertThat(c.verb()).isEqualTo("start"));
    assertThat(PracticeCommand.parse("supervision"))
        .contains(new PracticeCommand(PracticeCommand.Desk.SUPERVISION, ""));
    assertThat(PracticeCommand.parse("tipsy question")).isEmpty();
    assertThat(PracticeCommand.parse("any tips on whatsapp?")).isEmpty();
    assertThat(Practice.CHANNELS.channelId("#19:abc-DEF_1@thread.tacv2"))
        .contains("19:abc-DEF_1@thread.tacv2");
    assertThat(Practice.CHANNELS.channelId("general")).isEmpty();
    assertThat(Practice.CHANNELS.channelId("#19:a b@thread.tacv2")).isEmpty();
  }

  @Test
  void mentionText_channelMentionsBecomeIdsForCommandsAndTheBotMentionIsDetected() {
    Activity a = new Activity("message");
    a.setRecipient(new ChannelAccount(Activities.BOT_ID));
    a.setText("<at>dpcoach</at> tips schedule <at>Team North</at> mon 09:30");
    a.setEntities(
        List.of(
            mention("<at>dpcoach</at>", Activities.BOT_ID),
            mention("<at>Team North</at>", "19:north@thread.tacv2")));

    assertThat(MentionText.mentionsBot(a)).isTrue();
    assertThat(MentionText.withChannelIds(a))
        .isEqualTo("tips schedule  #19:north@thread.tacv2  mon 09:30");
    assertThat(MentionText.typed(a)).isEqualTo("tips schedule Team North mon 09:30");

    a.setEntities(List.of(mention("<at>Team North</at>", "19:north@thread.tacv2")));
    assertThat(MentionText.mentionsBot(a)).isFalse();
  }

  @Test
  void seenActivities_keyIsConversationAndIdAndEmptyWithoutAnId() {
    Activity a = new Activity("message");
    a.setId("1");
    a.setConversation(new com.microsoft.bot.schema.ConversationAccount("19:c@thread.tacv2"));

    assertThat(SeenActivities.key(a)).contains("19:c@thread.tacv2|1");
    assertThat(SeenActivities.key(new Activity("message"))).isEmpty();
  }

  @Test
  void settings_graphUrls_mustBeHttpsOrLoopbackAndGraphNeedsCredentials() {
    TeamsSettings production = TeamsSettings.of("app", "secret");
    assertThat(production.graphUrl()).isEqualTo(TeamsSettings.GRAPH);
    assertThat(production.graphAvailable()).isTrue();
    assertThat(TeamsSettings.local().graphAvailable()).isFalse();
    assertThat(
            production.toBuilder()
                .graphUrls(URI.create("http://127.0.0.1:1"), URI.create("http://localhost:2"))
                .build()
                .graphUrl())
        .isEqualTo(URI.create("http://127.0.0.1:1"));
    assertThatThrownBy(
            () ->
                production.toBuilder()
                    .graphUrls(URI.create("http://graph.example"), TeamsSettings.LOGIN))
        .hasMessage("graph url must be an absolute https URL (or http on loopback, for tests)");
    assertThat(production.toString()).doesNotContain("secret");
    assertThat(GraphToken.scope(URI.create("https://graph.microsoft.us")))
        .isEqualTo("https://graph.microsoft.us/.default");
    assertThat(GraphToken.scope(TeamsSettings.GRAPH)).isEqualTo(GraphToken.SCOPE);
  }

  private static Entity mention(String text, String id) {
    Entity e = new Entity();
    e.setType("mention");
    e.setProperties("text", FakeConnector.JSON.getNodeFactory().textNode(text));
    e.setProperties(
        "mentioned", FakeConnector.JSON.createObjectNode().put("id", id).put("name", "x"));
    return e;
  }
}
