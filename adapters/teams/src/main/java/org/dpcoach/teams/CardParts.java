package org.dpcoach.teams;

import static org.dpcoach.teams.AdaptiveCardRenderer.BUTTON_CHARS;
import static org.dpcoach.teams.AdaptiveCardRenderer.TEXT_CHARS;
import static org.dpcoach.teams.AdaptiveCardRenderer.TITLE_CHARS;
import static org.dpcoach.teams.AdaptiveCardRenderer.bold;
import static org.dpcoach.teams.AdaptiveCardRenderer.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.dpcoach.core.model.Action;
import org.dpcoach.core.model.Citation;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.TopicRef;
import org.dpcoach.support.Json;

/**
 * Each kind of reply part as Adaptive Card 1.4 elements, every text escaped and cut; choices and
 * related topics are stacked one per row, each a tappable container whose title wraps, so every
 * choice shows in full at 340 px.
 */
final class CardParts implements ReplyPart.Visitor<List<ObjectNode>> {
  static final int MAX_BUTTONS = 10;
  static final int MAX_LINES = 120;
  private final String knowledgeVersion;

  /** Parts of a reply given by this knowledge version (shown beside the short answer's source). */
  CardParts(String knowledgeVersion) {
    this.knowledgeVersion = knowledgeVersion;
  }

  @Override
  public List<ObjectNode> notice(ReplyPart.Notice n) {
    return List.of(subtle(CardText.icon(n.kind()) + " " + CardText.safe(n.text(), TEXT_CHARS)));
  }

  @Override
  public List<ObjectNode> shortAnswer(ReplyPart.ShortAnswer s) {
    return List.of(text(CardText.safe(s.text(), TEXT_CHARS)), subtle(sourceLine(s.mainSource())));
  }

  @Override
  public List<ObjectNode> summary(ReplyPart.Summary s) {
    return List.of(
        AdaptiveCardRenderer.heading(s.title()), text(CardText.safe(s.text(), TEXT_CHARS)));
  }

  @Override
  public List<ObjectNode> points(ReplyPart.Points p) {
    List<ObjectNode> out = new ArrayList<>(list("✅ Do", p.dos()));
    out.addAll(list("❌ Don't", p.donts()));
    return out;
  }

  @Override
  public List<ObjectNode> employerSays(ReplyPart.EmployerSays e) {
    List<ObjectNode> out = new ArrayList<>();
    String stance =
        e.stance() == null || e.stance().isBlank()
            ? ""
            : " (" + CardText.safe(e.stance().replace('-', ' '), TITLE_CHARS) + ")";
    out.add(
        bold("🏢 What " + CardText.safe(e.employer(), TITLE_CHARS) + " says" + stance)
            .put("separator", true));
    out.add(text(CardText.safe(e.text(), TEXT_CHARS)));
    out.add(
        subtle(
            CardText.safe(e.document(), TITLE_CHARS)
                + " · owner "
                + CardText.safe(e.owner(), TITLE_CHARS)
                + " · review by "
                + e.reviewBy()));
    if (e.overdue()) {
      out.add(
          container(
              "warning",
              List.of(
                  text("⚠️ Policy review overdue (was due "
                          + e.reviewBy()
                          + "). "
                          + CardText.safe(e.overdueNote(), TEXT_CHARS))
                      .put("color", "Attention")
                      .put("weight", "Bolder"))));
    }
    return out;
  }

  @Override
  public List<ObjectNode> nationNote(ReplyPart.NationNote n) {
    return List.of(
        bold("In " + CardText.safe(n.nation(), TITLE_CHARS)),
        text(CardText.safe(n.text(), TEXT_CHARS)));
  }

  @Override
  public List<ObjectNode> contacts(ReplyPart.Contacts c) {
    return list("Contact now", c.lines());
  }

  @Override
  public List<ObjectNode> sources(ReplyPart.Sources s) {
    List<ObjectNode> out = new ArrayList<>();
    out.add(bold("📚 Sources").put("separator", true));
    for (Citation c : s.citations()) {
      String point = c.point() == null || c.point().isBlank() ? "" : ": " + c.point();
      out.add(text("• " + CardText.safe(c.label() + point, TEXT_CHARS)).put("spacing", "Small"));
    }
    out.add(subtle("Knowledge version " + CardText.safe(s.knowledgeVersion(), TITLE_CHARS)));
    return out;
  }

  @Override
  public List<ObjectNode> related(ReplyPart.Related r) {
    List<ObjectNode> out = new ArrayList<>();
    out.add(bold("Related topics").put("separator", true));
    out.addAll(stacked(r.topics(), SubmitData.RELATED));
    return out;
  }

  @Override
  public List<ObjectNode> choices(ReplyPart.Choices c) {
    List<ObjectNode> out = new ArrayList<>();
    out.add(text(CardText.safe(c.prompt(), TEXT_CHARS)));
    out.addAll(stacked(c.options(), SubmitData.CHOOSE));
    return out;
  }

  @Override
  public List<ObjectNode> heading(ReplyPart.Heading h) {
    return List.of(AdaptiveCardRenderer.heading(h.text()));
  }

  /** A paragraph; one fenced with three backticks (the CPD record) line by line in monospace. */
  @Override
  public List<ObjectNode> paragraph(ReplyPart.Paragraph p) {
    return List.of(p.fenced() ? monospace(p.text()) : text(CardText.safe(p.text(), TEXT_CHARS)));
  }

  @Override
  public List<ObjectNode> sourceLines(ReplyPart.SourceLines s) {
    List<ObjectNode> out = new ArrayList<>();
    out.add(bold("📚 Sources").put("separator", true));
    s.lines()
        .forEach(l -> out.add(text("• " + CardText.safe(l, TEXT_CHARS)).put("spacing", "Small")));
    return out;
  }

  /**
   * The buttons as an action set ({@code Action.Submit}, or {@code Action.OpenUrl} for an address);
   * a message's closing set becomes the card's own actions.
   */
  @Override
  public List<ObjectNode> actions(ReplyPart.Actions a) {
    ObjectNode set = Json.MAPPER.createObjectNode().put("type", "ActionSet");
    ArrayNode actions = set.putArray("actions");
    for (Action action : a.actions()) {
      actions.add(
          action.id().equals(Action.OPEN)
              ? Json.MAPPER
                  .createObjectNode()
                  .put("type", "Action.OpenUrl")
                  .put("title", CardText.plain(action.label(), BUTTON_CHARS))
                  .put("url", action.value())
                  .put("style", "positive")
              : action.id().startsWith("champion.")
                  ? ChampionCards.action(action)
                  : AdaptiveCardRenderer.submit(action.label(), PracticeSubmit.data(action)));
    }
    return List.of(set);
  }

  /** The short answer's one context line: its main source and the knowledge version. */
  private String sourceLine(String mainSource) {
    String version = "Knowledge version " + CardText.safe(knowledgeVersion, TITLE_CHARS);
    return mainSource == null || mainSource.isBlank()
        ? "📚 " + version
        : "📚 " + CardText.safe(mainSource, TITLE_CHARS) + " · " + version;
  }

  /** Up to ten choices, one per row, each a tappable container whose title wraps. */
  static List<ObjectNode> stacked(List<TopicRef> topics, String verb) {
    return topics.stream().limit(MAX_BUTTONS).map(t -> choice(t, verb)).toList();
  }

  /** One choice: a container the size of its wrapped title that submits the choice when tapped. */
  static ObjectNode choice(TopicRef topic, String verb) {
    ObjectNode choice =
        container(
                "emphasis",
                List.of(
                    text(CardText.safe(topic.title(), TITLE_CHARS))
                        .put("color", "Accent")
                        .put("weight", "Bolder")))
            .put("spacing", "Small");
    choice.set(
        "selectAction",
        AdaptiveCardRenderer.submit(topic.title(), SubmitData.data(verb, topic.id(), null)));
    return choice;
  }

  static ObjectNode container(String style, List<ObjectNode> items) {
    ObjectNode container =
        Json.MAPPER.createObjectNode().put("type", "Container").put("style", style);
    container.putArray("items").addAll(items);
    return container;
  }

  private static List<ObjectNode> list(String heading, List<String> items) {
    if (items.isEmpty()) {
      return List.of();
    }
    List<ObjectNode> out = new ArrayList<>();
    out.add(bold(heading));
    items.forEach(i -> out.add(text("• " + CardText.safe(i, TEXT_CHARS)).put("spacing", "Small")));
    return out;
  }

  /** Each line of a fenced paragraph as monospace text, escaped so its Markdown shows as typed. */
  private static ObjectNode monospace(String paragraph) {
    String p = paragraph.strip();
    String fence = ReplyPart.Paragraph.FENCE;
    String inside = p.substring(fence.length(), p.length() - fence.length()).strip();
    List<ObjectNode> items = new ArrayList<>();
    boolean gap = false;
    for (String line : inside.lines().limit(MAX_LINES).toList()) {
      if (!line.isBlank()) {
        items.add(
            text(CardText.safe(line, TEXT_CHARS))
                .put("fontType", "Monospace")
                .put("spacing", gap ? "Medium" : "None"));
      }
      gap = line.isBlank();
    }
    return container("emphasis", items);
  }

  private static ObjectNode subtle(String escaped) {
    return text(escaped).put("isSubtle", true).put("size", "Small");
  }
}
