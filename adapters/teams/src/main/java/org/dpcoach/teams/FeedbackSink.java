package org.dpcoach.teams;

/** Where Helpful / Not helpful verdicts go (a log now, a store later). */
@FunctionalInterface
public interface FeedbackSink {
  /** Records one verdict; never called with unredacted text. */
  void record(Feedback feedback);
}
