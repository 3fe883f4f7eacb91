package org.dpcoach.teams;

import java.util.List;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.knowledge.Employer;
import org.dpcoach.knowledge.KnowledgeBase;

/** The card sent when the bot is added: what the coach does, how to ask, what is in force. */
final class WelcomeCard {
  static final String TITLE = "dpcoach: your digital professionalism coach";
  static final String WHAT =
      "I answer everyday questions about digital practice in social work: social media, messaging,"
          + " devices, recording, online safeguarding, AI tools and more. Every answer comes from curated, cited guidance,"
          + " never from a generative model, and I never store what you type.";
  static final String HOW =
      "How to ask: in a personal chat with me, just type your question. In a channel or group chat,"
          + " mention me with your question. Type topics to see what I know, or help for examples.";
  static final String TEAMS =
      "For teams: mention me with supervision start in a channel to work through a group-supervision"
          + " scenario step by step, then press Save CPD reflection for your own draft CPD record"
          + " (supervision list shows the scenarios). Digital champions can schedule weekly tips and"
          + " sessions: tips schedule here mon 09:30, supervision schedule here thu 14:00; nation"
          + " scotland (or england, wales, northern-ireland) sets which nation a channel's tips,"
          + " debriefs and CPD records follow.";
  static final String PRIVACY =
      "Please leave out names and other details that could identify anyone. If your message in a"
          + " channel looks like it has personal details in it, I answer you in a personal chat instead.";

  private WelcomeCard() {}

  /** The welcome card for this coach's knowledge, jurisdiction and employer. */
  static Card of(CoachEngine engine, AdaptiveCardRenderer renderer) {
    KnowledgeBase kb = engine.knowledge();
    String employer = kb.employer().map(Employer::name).orElse("none set (standards only)");
    String settings =
        "Jurisdiction: "
            + engine.settings().jurisdiction().displayName()
            + " · Employer policy: "
            + employer
            + " · Knowledge version: "
            + kb.version();
    return renderer.notice(
        TITLE,
        List.of(
            CardText.escape(WHAT),
            CardText.escape(HOW),
            CardText.escape(TEAMS),
            CardText.escape(PRIVACY),
            CardText.escape(settings)));
  }
}
