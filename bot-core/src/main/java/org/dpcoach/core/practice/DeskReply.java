package org.dpcoach.core.practice;

import org.dpcoach.core.model.Message;

/**
 * The answer to a tips or supervision command, shown only to the person who asked.
 *
 * @param changed whether the command changed anything (a refusal never does)
 */
public record DeskReply(Message message, boolean changed) {}
