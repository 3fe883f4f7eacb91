package org.dpcoach.testkit;

import java.util.List;

/** The practitioners' questions the load driver and the bench send, in turn. */
public final class LoadQuestions {
  private static final List<String> QUESTIONS =
      List.of(
          "can I accept a friend request from a client's mum?",
          "is whatsapp ok with care leavers?",
          "I emailed a report to the wrong school, what now?",
          "can I use my own phone for work texts?",
          "is it ok to look at a parent's facebook profile?",
          "can I use chatgpt to write my case notes?");

  private LoadQuestions() {}

  /** The question for the n-th request (they repeat in order); n must not be negative. */
  public static String at(int n) {
    return QUESTIONS.get(n % QUESTIONS.size());
  }
}
