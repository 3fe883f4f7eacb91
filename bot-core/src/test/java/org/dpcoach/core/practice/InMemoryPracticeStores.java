package org.dpcoach.core.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dpcoach.core.port.ChannelNations;
import org.dpcoach.core.port.CustomTip;
import org.dpcoach.core.port.OutboxEntry;
import org.dpcoach.core.port.OutboxStore;
import org.dpcoach.core.port.ScheduleStore;
import org.dpcoach.core.port.Session;
import org.dpcoach.core.port.SessionSchedule;
import org.dpcoach.core.port.SessionStore;
import org.dpcoach.core.port.TipSchedule;
import org.dpcoach.core.port.TipStore;

/**
 * The core's practice stores in memory, with the JDBC stores' semantics (one lock for all), and
 * every stored text for scanning. Test code only, shared with the adapters' tests (the adapters
 * never depend on the store module).
 */
public final class InMemoryPracticeStores {
  private final Object lock = new Object();
  private final List<CustomTip> tips = new ArrayList<>();
  private final Map<String, TipSchedule> schedules = new LinkedHashMap<>();
  private final Map<Long, Session> sessions = new LinkedHashMap<>();
  private final Map<Long, List<String>> replies = new HashMap<>();
  private final Map<String, Integer> contributions = new HashMap<>();
  private final Map<String, OutboxEntry> outbox = new LinkedHashMap<>();
  private final Map<String, Instant> planned = new HashMap<>();
  private final Map<String, Integer> sentCounts = new HashMap<>();
  private final Map<String, SessionSchedule> sessionSchedules = new LinkedHashMap<>();
  private final java.util.Set<String> slots = new java.util.HashSet<>();
  private long nextTip = 1;
  private long nextSession = 1;

  public final TipStore tipStore = new Tips();
  public final ScheduleStore scheduleStore = new Schedules();
  public final SessionStore sessionStore = new Sessions();
  public final OutboxStore outboxStore = new Outbox();
  public final ChannelNations channelNations = ChannelNations.inMemory();

  /** Every text value held, for checking that nothing unredacted was kept. */
  public List<String> everyStoredText() {
    synchronized (lock) {
      List<String> out = new ArrayList<>();
      tips.forEach(t -> out.add(t.toString()));
      schedules.values().forEach(s -> out.add(s.toString()));
      sessions.values().forEach(s -> out.add(s.toString()));
      replies.values().forEach(out::addAll);
      outbox.values().forEach(e -> out.add(e.toString()));
      return out;
    }
  }

  public List<TipSchedule> schedules() {
    synchronized (lock) {
      return List.copyOf(schedules.values());
    }
  }

  public List<CustomTip> tips() {
    synchronized (lock) {
      return List.copyOf(tips);
    }
  }

  public List<Session> sessions() {
    synchronized (lock) {
      return List.copyOf(sessions.values());
    }
  }

  public List<OutboxEntry> outbox() {
    synchronized (lock) {
      return List.copyOf(outbox.values());
    }
  }

  public int replyCount(long session) {
    synchronized (lock) {
      return replies.getOrDefault(session, List.of()).size();
    }
  }

  private final class Tips implements TipStore {
    @Override
    public CustomTip add(
        String topic, String text, String addedBy, Optional<String> approvedBy, Instant at) {
      synchronized (lock) {
        CustomTip tip = new CustomTip(nextTip++, topic, text, addedBy, at, approvedBy);
        tips.add(tip);
        return tip;
      }
    }

    @Override
    public Optional<CustomTip> approve(long id, String approvedBy, Instant at) {
      synchronized (lock) {
        for (int i = 0; i < tips.size(); i++) {
          CustomTip t = tips.get(i);
          if (t.id() == id) {
            CustomTip approved =
                new CustomTip(
                    t.id(), t.topic(), t.text(), t.addedBy(), t.addedAt(), Optional.of(approvedBy));
            tips.set(i, approved);
            return Optional.of(approved);
          }
        }
        return Optional.empty();
      }
    }

    @Override
    public List<CustomTip> all() {
      return tips();
    }
  }

  private final class Schedules implements ScheduleStore {
    @Override
    public void save(TipSchedule schedule) {
      synchronized (lock) {
        schedules.put(schedule.platform() + "|" + schedule.channel(), schedule);
      }
    }

    @Override
    public Optional<TipSchedule> find(String platform, String channel) {
      synchronized (lock) {
        return Optional.ofNullable(schedules.get(platform + "|" + channel));
      }
    }

    @Override
    public List<TipSchedule> all() {
      return schedules();
    }

    @Override
    public boolean paused(String platform, String channel, boolean paused) {
      synchronized (lock) {
        TipSchedule s = schedules.get(platform + "|" + channel);
        if (s == null) {
          return false;
        }
        schedules.put(
            platform + "|" + channel,
            new TipSchedule(
                s.platform(), s.channel(), s.slot(), paused, s.createdBy(), s.createdAt()));
        return true;
      }
    }
  }

  private final class Sessions implements SessionStore {
    @Override
    public Session create(
        String platform,
        String channel,
        String scenarioId,
        String facilitator,
        Instant at,
        Optional<Instant> nextAt) {
      synchronized (lock) {
        Session s =
            new Session(
                nextSession++,
                platform,
                channel,
                Optional.empty(),
                scenarioId,
                facilitator,
                0,
                Session.State.ACTIVE,
                at,
                nextAt);
        sessions.put(s.id(), s);
        return s;
      }
    }

    @Override
    public Optional<Session> createForSlot(
        String slotKey,
        String platform,
        String channel,
        String scenarioId,
        String facilitator,
        Instant at,
        Optional<Instant> nextAt) {
      synchronized (lock) {
        if (!slots.add(slotKey)) {
          return Optional.empty();
        }
        return Optional.of(create(platform, channel, scenarioId, facilitator, at, nextAt));
      }
    }

    @Override
    public Map<String, Integer> scenarioCounts(String platform, String channel) {
      synchronized (lock) {
        Map<String, Integer> counts = new HashMap<>();
        sessions.values().stream()
            .filter(s -> s.platform().equals(platform) && s.channel().equals(channel))
            .forEach(s -> counts.merge(s.scenarioId(), 1, Integer::sum));
        return counts;
      }
    }

    @Override
    public void saveSchedule(SessionSchedule schedule) {
      synchronized (lock) {
        sessionSchedules.put(schedule.platform() + "|" + schedule.channel(), schedule);
      }
    }

    @Override
    public Optional<SessionSchedule> findSchedule(String platform, String channel) {
      synchronized (lock) {
        return Optional.ofNullable(sessionSchedules.get(platform + "|" + channel));
      }
    }

    @Override
    public boolean pauseSchedule(String platform, String channel, boolean paused) {
      synchronized (lock) {
        SessionSchedule s = sessionSchedules.get(platform + "|" + channel);
        if (s == null) {
          return false;
        }
        sessionSchedules.put(
            platform + "|" + channel,
            new SessionSchedule(
                s.platform(),
                s.channel(),
                s.slot(),
                s.scenarioId(),
                s.timed(),
                paused,
                s.createdBy(),
                s.createdAt()));
        return true;
      }
    }

    @Override
    public void thread(long id, String thread) {
      update(id, s -> copy(s, Optional.of(thread), s.step(), s.state(), s.nextAt()));
    }

    @Override
    public Optional<Session> find(long id) {
      synchronized (lock) {
        return Optional.ofNullable(sessions.get(id));
      }
    }

    @Override
    public Optional<Session> activeInThread(String platform, String channel, String thread) {
      synchronized (lock) {
        return sessions.values().stream()
            .filter(s -> s.state() == Session.State.ACTIVE)
            .filter(s -> s.platform().equals(platform) && s.channel().equals(channel))
            .filter(s -> s.thread().equals(Optional.of(thread)))
            .findFirst();
      }
    }

    @Override
    public boolean advance(long id, int from, int to, Optional<Instant> nextAt) {
      synchronized (lock) {
        Session s = sessions.get(id);
        if (s == null || s.state() != Session.State.ACTIVE || s.step() != from) {
          return false;
        }
        sessions.put(id, copy(s, s.thread(), to, s.state(), nextAt));
        return true;
      }
    }

    @Override
    public boolean end(long id, Session.State state, Instant at) {
      synchronized (lock) {
        Session s = sessions.get(id);
        if (s == null || s.state() != Session.State.ACTIVE) {
          return false;
        }
        sessions.put(id, copy(s, s.thread(), s.step(), state, Optional.empty()));
        replies.remove(id);
        return true;
      }
    }

    @Override
    public void reply(long id, String user, int step, String redactedText, Instant at) {
      synchronized (lock) {
        replies.computeIfAbsent(id, k -> new ArrayList<>()).add(redactedText);
        contributions.merge(id + "|" + user, 1, Integer::sum);
      }
    }

    @Override
    public List<String> replies(long id) {
      synchronized (lock) {
        return List.copyOf(replies.getOrDefault(id, List.of()));
      }
    }

    @Override
    public int contributions(long id, String user) {
      synchronized (lock) {
        return contributions.getOrDefault(id + "|" + user, 0);
      }
    }

    @Override
    public List<Session> due(Instant now) {
      synchronized (lock) {
        return sessions.values().stream()
            .filter(s -> s.state() == Session.State.ACTIVE)
            .filter(s -> s.nextAt().map(at -> !at.isAfter(now)).orElse(false))
            .toList();
      }
    }

    private void update(long id, Function<Session, Session> change) {
      synchronized (lock) {
        Session s = sessions.get(id);
        if (s != null) {
          sessions.put(id, change.apply(s));
        }
      }
    }

    private Session copy(
        Session s, Optional<String> thread, int step, Session.State state, Optional<Instant> next) {
      return new Session(
          s.id(),
          s.platform(),
          s.channel(),
          thread,
          s.scenarioId(),
          s.facilitator(),
          step,
          state,
          s.startedAt(),
          next);
    }
  }

  private final class Outbox implements OutboxStore {
    @Override
    public Optional<OutboxEntry> plan(
        String key,
        String platform,
        String channel,
        Instant slot,
        Function<Map<String, Integer>, String> choose,
        Instant at) {
      synchronized (lock) {
        if (outbox.containsKey(key)) {
          return Optional.empty();
        }
        Map<String, Integer> counts = new HashMap<>();
        String prefix = platform + "|" + channel + "|";
        sentCounts.forEach(
            (k, v) -> {
              if (k.startsWith(prefix)) {
                counts.put(k.substring(prefix.length()), v);
              }
            });
        String tip = choose.apply(counts);
        sentCounts.merge(prefix + tip, 1, Integer::sum);
        OutboxEntry entry =
            new OutboxEntry(
                key,
                platform,
                channel,
                tip,
                slot,
                OutboxEntry.State.PENDING,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0);
        outbox.put(key, entry);
        planned.put(key, at);
        return Optional.of(entry);
      }
    }

    @Override
    public Optional<OutboxEntry> find(String key) {
      synchronized (lock) {
        return Optional.ofNullable(outbox.get(key));
      }
    }

    @Override
    public boolean claim(String key, String owner, Instant at) {
      synchronized (lock) {
        OutboxEntry e = outbox.get(key);
        if (e == null || e.state() != OutboxEntry.State.PENDING) {
          return false;
        }
        outbox.put(
            key,
            with(e, OutboxEntry.State.SENDING, Optional.of(owner), Optional.of(at), e.messageId())
                .withAttempts(e.attempts() + 1));
        return true;
      }
    }

    @Override
    public boolean reclaim(String key, Instant claimedAt, String owner, Instant at) {
      synchronized (lock) {
        OutboxEntry e = outbox.get(key);
        if (e == null
            || e.state() != OutboxEntry.State.SENDING
            || !e.claimedAt().equals(Optional.of(claimedAt))) {
          return false;
        }
        outbox.put(
            key,
            with(e, e.state(), Optional.of(owner), Optional.of(at), e.messageId())
                .withAttempts(e.attempts() + 1));
        return true;
      }
    }

    @Override
    public void sent(String key, String messageId, Instant at) {
      synchronized (lock) {
        OutboxEntry e = outbox.get(key);
        if (e != null) {
          outbox.put(
              key,
              with(e, OutboxEntry.State.SENT, e.claimedBy(), e.claimedAt(), Optional.of(messageId))
                  .withAttempts(e.attempts()));
        }
      }
    }

    @Override
    public void release(String key) {
      synchronized (lock) {
        OutboxEntry e = outbox.get(key);
        if (e != null && e.state() == OutboxEntry.State.SENDING) {
          outbox.put(
              key,
              with(e, OutboxEntry.State.PENDING, Optional.empty(), Optional.empty(), e.messageId())
                  .withAttempts(e.attempts()));
        }
      }
    }

    @Override
    public List<OutboxEntry> sendingSince(Instant before) {
      synchronized (lock) {
        return outbox.values().stream()
            .filter(e -> e.state() == OutboxEntry.State.SENDING)
            .filter(e -> e.claimedAt().map(at -> at.isBefore(before)).orElse(false))
            .toList();
      }
    }

    @Override
    public List<OutboxEntry> pendingSince(Instant before) {
      synchronized (lock) {
        return outbox.values().stream()
            .filter(e -> e.state() == OutboxEntry.State.PENDING)
            .filter(e -> planned.get(e.key()).isBefore(before))
            .toList();
      }
    }

    private Attempts with(
        OutboxEntry e,
        OutboxEntry.State state,
        Optional<String> by,
        Optional<Instant> at,
        Optional<String> messageId) {
      return attempts ->
          new OutboxEntry(
              e.key(),
              e.platform(),
              e.channel(),
              e.tipId(),
              e.slot(),
              state,
              by,
              at,
              messageId,
              attempts);
    }
  }

  /** An outbox entry waiting for its attempt count. */
  @FunctionalInterface
  private interface Attempts {
    OutboxEntry withAttempts(int attempts);
  }
}
