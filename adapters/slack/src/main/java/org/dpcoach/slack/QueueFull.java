package org.dpcoach.slack;

/**
 * Thrown through Bolt when a delivery could not be queued, so that it is not acknowledged: HTTP
 * answers 503 and Socket Mode sends no ack, and Slack retries it.
 */
final class QueueFull extends RuntimeException {
  private static final long serialVersionUID = 1L;

  QueueFull() {
    super("answer queue full", null, false, false);
  }
}
