package org.dpcoach.core.practice;

/**
 * The answer to a tips or supervision command, shown only to the person who asked.
 *
 * @param changed whether the command changed anything (a refusal never does)
 */
public record DeskReply(PracticeMessage message, boolean changed) {

  static DeskReply done(String title, String text) {
    return new DeskReply(PracticeMessage.note(title, text), true);
  }

  static DeskReply unchanged(String title, String text) {
    return new DeskReply(PracticeMessage.note(title, text), false);
  }
}
