package org.dpcoach.core.practice;

import java.util.Objects;

/**
 * Someone acting on a question to the champions: who and where ({@link Caller}), the name others
 * see, and where a private answer reaches them (Slack: their user id; Teams: their personal chat).
 */
public record Person(Caller caller, String name, String replyTo) {

  /** Checks each value at once. */
  public Person {
    Objects.requireNonNull(caller, "caller must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(replyTo, "replyTo must not be null");
  }

  /** The person's platform user id. */
  public String user() {
    return caller.user();
  }
}
