package org.dpcoach.slack;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.knowledge.Employer;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.Topic;

/** The App Home tab: what the coach does, how to ask, the topics, the jurisdiction and employer. */
final class HomeView {
  static final int MAX_BLOCKS = 100;

  static final String HOW_TO_ASK =
      "*How to ask*\n"
          + "• Send me a direct message, in my Messages tab\n"
          + "• Mention me in a channel (I answer in a thread)\n"
          + "• Type `/dpcoach ask` and your question; `/dpcoach topics` lists what I know; `/dpcoach help` shows this\n"
          + "• When I can't help, `/dpcoach ask-champion` and your question sends it to the digital"
          + " champions, who answer you privately\n"
          + "Please leave out names and other details that could identify anyone.";

  static final String TEAMS =
      "*For teams*\n"
          + "• `/dpcoach supervision start` runs a group-supervision scenario in a channel, step by step in a"
          + " thread; press *Save CPD reflection* at the end for a private draft CPD record\n"
          + "• `/dpcoach supervision list` shows the scenarios; digital champions can set a weekly session"
          + " with `/dpcoach supervision schedule #channel thu 14:00`\n"
          + "• `/dpcoach tips list` shows the weekly tips; digital champions and principal social workers"
          + " add, approve and schedule them (`/dpcoach tips schedule #channel mon 09:30`)\n"
          + "• `/dpcoach nation` shows which nation a channel's tips, debriefs and CPD records follow;"
          + " champions set it with `/dpcoach nation scotland` (or england, wales, northern-ireland)";

  private final View view;

  HomeView(CoachEngine engine) {
    this.view = View.builder().type("home").blocks(blocks(engine)).build();
  }

  /** The same view for everyone: it holds nothing personal. */
  View view() {
    return view;
  }

  /** The {@code /dpcoach help} message. */
  static SlackMessage help() {
    return new SlackMessage("How to ask dpcoach", List.of(SlackParts.section(HOW_TO_ASK)));
  }

  /** A one-line message. */
  static SlackMessage note(String text) {
    return new SlackMessage(Mrkdwn.escape(text), List.of(SlackParts.context(Mrkdwn.escape(text))));
  }

  private static List<LayoutBlock> blocks(CoachEngine engine) {
    KnowledgeBase kb = engine.knowledge();
    List<LayoutBlock> out = new ArrayList<>();
    out.add(
        HeaderBlock.builder()
            .text(plainText("dpcoach: your digital professionalism coach"))
            .build());
    out.add(
        SlackParts.section(
            "I answer everyday questions about digital practice in social work: social media, messaging,"
                + " devices, recording, online safeguarding, AI tools and more. Every answer comes from curated, cited guidance,"
                + " never from a generative model, and I never store what you type."));
    out.add(SlackParts.section(HOW_TO_ASK));
    out.add(SlackParts.section(TEAMS));
    out.add(DividerBlock.builder().build());
    String employer =
        kb.employer().map(Employer::name).map(Mrkdwn::escape).orElse("none set (standards only)");
    out.add(
        SlackParts.section(
            "*Jurisdiction:* "
                + Mrkdwn.escape(engine.settings().jurisdiction().displayName())
                + "\n*Employer policy:* "
                + employer
                + "\n*Knowledge version:* "
                + Mrkdwn.escape(kb.version())));
    out.add(DividerBlock.builder().build());
    List<String> titles = kb.topics().stream().map(Topic::title).toList();
    out.add(SlackParts.section("*Topics*\n" + SlackParts.bullets(titles)));
    return out.size() > MAX_BLOCKS ? out.subList(0, MAX_BLOCKS) : out;
  }
}
