package org.dpcoach.slack;

/** Where feedback goes; the app decides (the default only logs topic and verdict). */
@FunctionalInterface
public interface FeedbackSink {

  /** Records one verdict; must not throw. */
  void record(Feedback feedback);
}
