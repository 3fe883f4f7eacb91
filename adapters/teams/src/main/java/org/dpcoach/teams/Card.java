package org.dpcoach.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One Adaptive Card to send, with the plain summary Teams shows in notifications and chat lists.
 */
record Card(String summary, ObjectNode content) {
  /** The attachment content type of Adaptive Cards. */
  static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
}
