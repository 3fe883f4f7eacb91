package org.dpcoach.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Supervision sessions, the members' redacted replies (kept only while a session runs) and reply
 * counts.
 */
public interface SessionStore {

  /** Stores a new active session with no thread yet. */
  Session create(
      String platform,
      String channel,
      String scenarioId,
      String facilitator,
      Instant at,
      Optional<Instant> nextAt);

  /**
   * Stores a new active session for a recurring slot, unless the slot (its key) has one already:
   * then empty, so two instances, or a retried firing, start it once.
   */
  Optional<Session> createForSlot(
      String slotKey,
      String platform,
      String channel,
      String scenarioId,
      String facilitator,
      Instant at,
      Optional<Instant> nextAt);

  /** How many sessions each scenario has had in the channel (every session counts). */
  Map<String, Integer> scenarioCounts(String platform, String channel);

  /** Creates or replaces the channel's recurring session. */
  void saveSchedule(SessionSchedule schedule);

  /** The channel's recurring session, if any. */
  Optional<SessionSchedule> findSchedule(String platform, String channel);

  /** Pauses or resumes the channel's recurring session; false when it has none. */
  boolean pauseSchedule(String platform, String channel, boolean paused);

  /** Records the thread the session runs in (the scenario message's id). */
  void thread(long id, String thread);

  /** The session, if any. */
  Optional<Session> find(long id);

  /** The active session running in a thread, if any. */
  Optional<Session> activeInThread(String platform, String channel, String thread);

  /** Moves an active session from one step to the next; false when someone else moved it first. */
  boolean advance(long id, int from, int to, Optional<Instant> nextAt);

  /** Ends an active session and deletes its replies; false when it had ended already. */
  boolean end(long id, Session.State state, Instant at);

  /** Stores a member's redacted reply and counts it. */
  void reply(long id, String user, int step, String redactedText, Instant at);

  /** The redacted replies of an active session, oldest first. */
  List<String> replies(long id);

  /** How many replies the member gave in the session (kept after the replies are deleted). */
  int contributions(long id, String user);

  /** Active sessions on a timer whose next step is due. */
  List<Session> due(Instant now);
}
