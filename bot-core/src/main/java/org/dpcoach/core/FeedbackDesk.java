package org.dpcoach.core;

import java.util.Objects;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.model.Feedback;
import org.dpcoach.core.port.FeedbackSink;

/**
 * Helpful / Not helpful verdicts from any platform: what the person said was missing is redacted
 * here, once for every adapter, before the sink hears it.
 */
public final class FeedbackDesk {
  private final PersonalDataGuard guard;
  private final FeedbackSink sink;

  /** A desk that redacts with the guard and records in the sink. */
  public FeedbackDesk(PersonalDataGuard guard, FeedbackSink sink) {
    this.guard = Objects.requireNonNull(guard, "guard must not be null");
    this.sink = Objects.requireNonNull(sink, "feedback sink must not be null");
  }

  /** Records the verdict, what it says was missing (as typed) redacted first. */
  public void record(Feedback verdict) {
    sink.record(verdict.withMissing(verdict.missing().map(t -> guard.redact(t).redacted())));
  }
}
