package org.dpcoach.slack;

import java.util.regex.Pattern;
import org.dpcoach.core.model.Action;

/** The action and callback ids this app puts on buttons and views, and reads back. */
final class ActionIds {
  /** Every action id this app sets starts so; a core button's id follows it. */
  static final String PREFIX = "dpcoach.";

  static final String CHOOSE = "dpcoach.choose.";
  static final String RELATED = "dpcoach.related.";
  static final String FULL = "dpcoach.full";
  static final String HELPFUL = "dpcoach.feedback.helpful";
  static final String UNHELPFUL = "dpcoach.feedback.unhelpful";
  static final String FEEDBACK_VIEW = "dpcoach.feedback.view";
  static final String MISSING_BLOCK = "missing";
  static final String MISSING_INPUT = "missing_text";

  static final Pattern TOPIC_BUTTON = Pattern.compile("^dpcoach\\.(choose|related)\\.\\d+$");
  static final Pattern FULL_BUTTON = Pattern.compile("^dpcoach\\.full$");
  static final Pattern FEEDBACK_BUTTON =
      Pattern.compile("^dpcoach\\.feedback\\.(helpful|unhelpful)$");

  /** The insights link's button: it opens the page, and nothing comes back but an ack. */
  static final String OPEN = PREFIX + Action.OPEN;

  /** The supervision buttons (Next, Skip, Save CPD reflection): the core's ids after the prefix. */
  static final Pattern PRACTICE_BUTTON =
      Pattern.compile(
          "^"
              + Pattern.quote(PREFIX)
              + "("
              + String.join(
                  "|",
                  Pattern.quote(Action.NEXT),
                  Pattern.quote(Action.SKIP),
                  Pattern.quote(Action.CPD))
              + ")$");

  private ActionIds() {}
}
