package org.dpcoach.core.port;

import org.dpcoach.core.model.Feedback;
import org.slf4j.LoggerFactory;

/** Where Helpful / Not helpful verdicts go; the app decides. */
@FunctionalInterface
public interface FeedbackSink {

  /** Records one verdict; never called with unredacted text, and must not throw. */
  void record(Feedback feedback);

  /** A sink that only logs the topic and the verdict (never what was typed), at INFO. */
  static FeedbackSink logging() {
    return f ->
        LoggerFactory.getLogger(FeedbackSink.class)
            .info(
                "feedback on {} (knowledge {}): helpful={}, said what was missing={}",
                f.topic(),
                f.knowledgeVersion(),
                f.helpful(),
                f.missing().isPresent());
  }
}
