package org.dpcoach.core.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A question a person put to the digital champions: only the guard's redacted text, the topic the
 * coach guessed, who asked (and where the answer goes back to them), and where it has got to.
 *
 * @param id the question's number
 * @param platform {@code slack} or {@code teams}
 * @param asker the asker's platform user id
 * @param askerName the name the champions see, so they know whom they are answering
 * @param replyTo where the answer goes privately (Slack: the user id; Teams: their personal chat)
 * @param text the redacted question
 * @param topic the topic the coach guessed ({@code none} when it could not tell)
 * @param state where the question is
 * @param askedAt when it was confirmed (for a draft: when it was drafted)
 * @param channel the champions' channel it went to, once confirmed
 * @param takenBy the champion who said "I'll take it"
 * @param takenName that champion's name, as the other champions see it
 * @param answeredBy the champion who answered (or declined)
 * @param answererName that champion's name, as the asker sees it
 * @param answer the champion's redacted answer
 * @param answeredAt when it was answered (or declined)
 * @param remindedAt when it was posted again with a reminder (once at most)
 * @param forKnowledge whether a champion marked the answer "add to knowledge"
 */
public record ChampionQuestion(
    long id,
    String platform,
    String asker,
    String askerName,
    String replyTo,
    String text,
    String topic,
    State state,
    Instant askedAt,
    Optional<String> channel,
    Optional<String> takenBy,
    Optional<String> takenName,
    Optional<String> answeredBy,
    Optional<String> answererName,
    Optional<String> answer,
    Optional<Instant> answeredAt,
    Optional<Instant> remindedAt,
    boolean forKnowledge) {

  /** Where a question is: drafted, waiting, taken, answered, not for the champions, withdrawn. */
  public enum State {
    DRAFT,
    OPEN,
    TAKEN,
    ANSWERED,
    DECLINED,
    WITHDRAWN;

    /** Whether a champion can still act on it and the asker can still withdraw it. */
    public boolean waiting() {
      return this == OPEN || this == TAKEN;
    }

    /** Whether it was answered, declined or withdrawn: its post says so, without buttons. */
    public boolean ended() {
      return this == ANSWERED || this == DECLINED || this == WITHDRAWN;
    }
  }

  /** Checks the values at once. */
  public ChampionQuestion {
    Objects.requireNonNull(platform, "platform must not be null");
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(state, "state must not be null");
  }

  /** Never shows the text, the answer or who asked. */
  @Override
  public String toString() {
    return "ChampionQuestion[" + id + ", " + platform + ", " + state + "]";
  }
}
