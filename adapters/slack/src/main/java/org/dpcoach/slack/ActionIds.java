package org.dpcoach.slack;

import java.util.regex.Pattern;

/** The action and callback ids this app puts on buttons and views, and reads back. */
final class ActionIds {
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

  private ActionIds() {}
}
