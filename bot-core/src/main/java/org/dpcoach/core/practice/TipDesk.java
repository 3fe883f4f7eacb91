package org.dpcoach.core.practice;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.guard.Redaction;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.model.WeeklySlot;
import org.dpcoach.core.port.CustomTip;
import org.dpcoach.core.port.ScheduleStore;
import org.dpcoach.core.port.TipSchedule;
import org.dpcoach.core.port.TipStore;
import org.dpcoach.core.port.TipTimer;

/**
 * The {@code tips} commands: {@code add}, {@code approve}, {@code schedule}, {@code now}, {@code
 * pause}, {@code resume} and {@code list}. Only champions change anything; anyone else gets a
 * polite refusal and nothing changes.
 */
public final class TipDesk {
  private static final Set<String> OPEN = Set.of("list", "help", "");
  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

  private final PracticeSettings settings;
  private final TipStore tips;
  private final ScheduleStore schedules;
  private final TipTimer timer;
  private final TipPublisher publisher;
  private final TipLibrary library;
  private final TopicDetector topics;
  private final PersonalDataGuard guard;
  private final Texts texts;

  /** A desk over the stores, the timer and the publisher. */
  public TipDesk(
      PracticeSettings settings,
      TipStore tips,
      ScheduleStore schedules,
      TipTimer timer,
      TipPublisher publisher,
      TipLibrary library,
      TopicDetector topics,
      PersonalDataGuard guard) {
    this.settings = settings;
    this.tips = tips;
    this.schedules = schedules;
    this.timer = timer;
    this.publisher = publisher;
    this.library = library;
    this.topics = topics;
    this.guard = guard;
    this.texts = library.texts();
  }

  /** Runs one command (the text after {@code tips}); {@code requestId} keys {@code tips now}. */
  public DeskReply handle(Caller caller, String args, Surface surface, String requestId) {
    String[] words = (args == null ? "" : args.strip()).split("\\s+", 2);
    String verb = words[0].toLowerCase(Locale.ROOT);
    String rest = words.length > 1 ? words[1].strip() : "";
    if (!OPEN.contains(verb) && !settings.champions().includes(caller.user())) {
      return texts.refused();
    }
    return switch (verb) {
      case "add" -> add(caller, rest, surface);
      case "approve" -> approve(caller, rest);
      case "schedule" -> schedule(caller, rest, surface.channels());
      case "now" -> now(caller, requestId);
      case "pause", "resume" -> pause(caller, rest, surface.channels(), verb.equals("pause"));
      case "list" -> new TipListing(settings, tips, schedules, library, texts).list(caller);
      default ->
          texts.unchanged("tips.title", texts.get("tips.help", "usage", texts.get("tips.usage")));
    };
  }

  /** The words this desk and the others use. */
  Texts texts() {
    return texts;
  }

  private DeskReply add(Caller caller, String text, Surface surface) {
    if (text.isBlank()) {
      return texts.unchanged("tips.add_title", texts.get("tips.add_empty"));
    }
    Redaction redaction = guard.redact(text);
    if (redaction.foundAny()) {
      return texts.unchanged("tips.not_added_title", texts.get("tips.personal"));
    }
    Optional<String> topic = topics.topicOf(redaction.redacted());
    if (topic.isEmpty()) {
      return texts.unchanged("tips.not_added_title", texts.get("tips.no_topic"));
    }
    Optional<String> approver =
        settings.approvalRequired() ? Optional.empty() : Optional.of(caller.user());
    CustomTip tip =
        tips.add(
            topic.get(), redaction.redacted(), caller.user(), approver, settings.clock().instant());
    String status =
        tip.approved()
            ? texts.get("tips.in_library")
            : texts.get("tips.awaits_approval", "invoke", surface.invoke(), "id", tip.tipId());
    return new DeskReply(
        Message.note(
            texts.get("tips.added_title", "id", tip.tipId()),
            texts.get("tips.added", "topic", tip.topic(), "status", status)),
        true);
  }

  private DeskReply approve(Caller caller, String id) {
    Optional<CustomTip> existing =
        number(id).flatMap(n -> tips.all().stream().filter(t -> t.id() == n).findFirst());
    if (existing.isEmpty()) {
      return texts.unchanged("tips.no_such_title", texts.get("tips.no_such", "id", id));
    }
    if (existing.get().approved()) {
      return texts.unchanged(
          "tips.already_title", texts.get("tips.already", "id", existing.get().tipId()));
    }
    if (existing.get().addedBy().equals(caller.user())) {
      return texts.unchanged("tips.other_champion");
    }
    CustomTip tip =
        tips.approve(existing.get().id(), caller.user(), settings.clock().instant()).orElseThrow();
    return new DeskReply(
        Message.note(
            texts.get("tips.approved_title", "id", tip.tipId()), texts.get("tips.in_library")),
        true);
  }

  private DeskReply schedule(Caller caller, String rest, ChannelResolver channels) {
    Where where = Where.of(caller, rest, channels);
    Optional<String> channel = where.channel();
    if (channel.isEmpty() || where.rest().isEmpty()) {
      return texts.unchanged("tips.schedule_title", texts.get("tips.schedule_how"));
    }
    WeeklySlot slot;
    try {
      slot = WeeklySlot.parse(where.rest());
    } catch (WeeklySlot.Unreadable e) {
      return texts.unchanged("tips.schedule_title", texts.unreadable(e));
    }
    Instant now = settings.clock().instant();
    schedules.save(
        new TipSchedule(caller.platform(), channel.get(), slot, false, caller.user(), now));
    Instant next = slot.next(now, settings.zone());
    timer.schedule(caller.platform(), channel.get(), next);
    return scheduled(slot, next);
  }

  private DeskReply scheduled(WeeklySlot slot, Instant next) {
    String text =
        texts.get(
            "tips.scheduled",
            "slot",
            slot.format(),
            "zone",
            settings.zone().getId(),
            "next",
            WHEN.format(next.atZone(settings.zone())));
    return new DeskReply(Message.note(texts.get("tips.scheduled_title"), text), true);
  }

  private DeskReply now(Caller caller, String requestId) {
    if (library.order(caller.platform(), caller.channel()).isEmpty()) {
      return texts.unchanged("tips.none");
    }
    TipPublisher.Outcome outcome = publisher.now(caller.platform(), caller.channel(), requestId);
    return switch (outcome) {
      case POSTED, ALREADY_SENT, RECOVERED -> texts.done("tips.posted");
      case IN_FLIGHT, UNKNOWN -> texts.done("tips.on_its_way");
      default -> texts.unchanged("tips.not_posted_title", texts.get("practice.not_posted"));
    };
  }

  private DeskReply pause(Caller caller, String rest, ChannelResolver channels, boolean pause) {
    String channel = Where.of(caller, rest, channels).channel().orElse(caller.channel());
    if (!schedules.paused(caller.platform(), channel, pause)) {
      return texts.unchanged("tips.no_schedule");
    }
    return texts.done(pause ? "tips.paused" : "tips.resumed");
  }

  private static Optional<Long> number(String id) {
    String digits = id.strip().toLowerCase(Locale.ROOT).replaceFirst("^c", "");
    try {
      return Optional.of(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
