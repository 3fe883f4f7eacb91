package org.dpcoach.core.practice;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.guard.Redaction;
import org.dpcoach.core.model.WeeklySlot;
import org.dpcoach.core.port.CustomTip;
import org.dpcoach.core.port.ScheduleStore;
import org.dpcoach.core.port.TipSchedule;
import org.dpcoach.core.port.TipStore;
import org.dpcoach.core.port.TipTimer;
import org.dpcoach.knowledge.Jurisdiction;

/**
 * The {@code tips} commands: {@code add}, {@code approve}, {@code schedule}, {@code now}, {@code
 * pause}, {@code resume} and {@code list}. Only champions change anything; anyone else gets a
 * polite refusal and nothing changes.
 */
public final class TipDesk {
  static final String REFUSAL =
      "Sorry, only the digital champions and principal social workers named in the coach's settings can do that."
          + " If you have a tip to share or a channel that should get tips, ask one of them.";
  static final String USAGE =
      "`tips add <text>`, `tips approve <id>`, `tips schedule #channel <day hh:mm>`, `tips now`,"
          + " `tips pause`, `tips resume`, `tips list`";
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
  }

  /** Runs one command (the text after {@code tips}); {@code requestId} keys {@code tips now}. */
  public DeskReply handle(Caller caller, String args, ChannelResolver channels, String requestId) {
    String[] words = (args == null ? "" : args.strip()).split("\\s+", 2);
    String verb = words[0].toLowerCase(Locale.ROOT);
    String rest = words.length > 1 ? words[1].strip() : "";
    if (!OPEN.contains(verb) && !settings.champions().includes(caller.user())) {
      return DeskReply.unchanged("Only champions can do that", REFUSAL);
    }
    return switch (verb) {
      case "add" -> add(caller, rest);
      case "approve" -> approve(caller, rest);
      case "schedule" -> schedule(caller, rest, channels);
      case "now" -> now(caller, requestId);
      case "pause", "resume" -> pause(caller, rest, channels, verb.equals("pause"));
      case "list" -> list(caller);
      default -> DeskReply.unchanged("Tips", "The tips commands are " + USAGE + ".");
    };
  }

  private DeskReply add(Caller caller, String text) {
    if (text.isBlank()) {
      return DeskReply.unchanged(
          "Add a tip", "Write the tip after `tips add`, in a sentence or two.");
    }
    Redaction redaction = guard.redact(text);
    if (redaction.foundAny()) {
      return DeskReply.unchanged(
          "Tip not added",
          "That tip looks like it has personal details in it, and tips go to whole channels."
              + " Please write it without names, numbers or addresses.");
    }
    Optional<String> topic = topics.topicOf(redaction.redacted());
    if (topic.isEmpty()) {
      return DeskReply.unchanged(
          "Tip not added",
          "I couldn't tell which topic that tip is about. Try naming the situation, for example"
              + " friend requests, messaging apps or a data breach.");
    }
    Optional<String> approver =
        settings.approvalRequired() ? Optional.empty() : Optional.of(caller.user());
    CustomTip tip =
        tips.add(
            topic.get(), redaction.redacted(), caller.user(), approver, settings.clock().instant());
    String status =
        tip.approved()
            ? "It is in the tip library now."
            : "It waits for approval: another champion can approve it with `/dpcoach tips approve "
                + tip.tipId()
                + "`.";
    return DeskReply.done("Tip " + tip.tipId() + " added", "Topic: " + tip.topic() + ". " + status);
  }

  private DeskReply approve(Caller caller, String id) {
    Optional<Long> number = number(id);
    Optional<CustomTip> existing =
        number.flatMap(n -> tips.all().stream().filter(t -> t.id() == n).findFirst());
    if (existing.isEmpty()) {
      return DeskReply.unchanged(
          "No such tip",
          "There is no added tip '" + id + "'. `tips list` shows the tips waiting for approval.");
    }
    if (existing.get().approved()) {
      return DeskReply.unchanged(
          "Already approved", "Tip " + existing.get().tipId() + " is already in the library.");
    }
    if (existing.get().addedBy().equals(caller.user())) {
      return DeskReply.unchanged(
          "Needs another champion", "Another champion needs to approve a tip you added yourself.");
    }
    CustomTip tip =
        tips.approve(existing.get().id(), caller.user(), settings.clock().instant()).orElseThrow();
    return DeskReply.done("Tip " + tip.tipId() + " approved", "It is in the tip library now.");
  }

  private DeskReply schedule(Caller caller, String rest, ChannelResolver channels) {
    Where where = Where.of(caller, rest, channels);
    Optional<String> channel = where.channel();
    if (channel.isEmpty() || where.rest().isEmpty()) {
      return DeskReply.unchanged(
          "Schedule tips",
          "Say where and when, for example `tips schedule #team-north mon 09:30`"
              + " (or `tips schedule here mon 09:30` in the channel itself).");
    }
    WeeklySlot slot;
    try {
      slot = WeeklySlot.parse(where.rest());
    } catch (IllegalArgumentException e) {
      return DeskReply.unchanged("Schedule tips", e.getMessage() + ".");
    }
    Instant now = settings.clock().instant();
    schedules.save(
        new TipSchedule(caller.platform(), channel.get(), slot, false, caller.user(), now));
    Instant next = slot.next(now, settings.zone());
    timer.schedule(caller.platform(), channel.get(), next);
    return DeskReply.done(
        "Tips scheduled",
        "A tip every "
            + slot.format()
            + " ("
            + settings.zone().getId()
            + "). The next one: "
            + WHEN.format(next.atZone(settings.zone()))
            + ".");
  }

  private DeskReply now(Caller caller, String requestId) {
    if (library.order(caller.platform(), caller.channel()).isEmpty()) {
      return DeskReply.unchanged(
          "No tips yet", "The tip library has no tip for this channel's nation yet.");
    }
    TipPublisher.Outcome outcome = publisher.now(caller.platform(), caller.channel(), requestId);
    return switch (outcome) {
      case POSTED, ALREADY_SENT, RECOVERED ->
          DeskReply.done("Tip posted", "The next tip is in this channel.");
      case IN_FLIGHT, UNKNOWN ->
          DeskReply.done("Tip on its way", "The tip is being posted; it will appear once.");
      default ->
          DeskReply.unchanged(
              "Tip not posted", "I couldn't post to this channel. Is the coach a member of it?");
    };
  }

  private DeskReply pause(Caller caller, String rest, ChannelResolver channels, boolean pause) {
    String channel = Where.of(caller, rest, channels).channel().orElse(caller.channel());
    if (!schedules.paused(caller.platform(), channel, pause)) {
      return DeskReply.unchanged(
          "No schedule",
          "That channel has no tip schedule. Set one with `tips schedule #channel mon 09:30`.");
    }
    return DeskReply.done(
        pause ? "Tips paused" : "Tips resumed",
        pause
            ? "No tips go to that channel until `tips resume`."
            : "Tips go to that channel again at the scheduled time.");
  }

  private DeskReply list(Caller caller) {
    List<String> lines = new ArrayList<>();
    NationSetting nations = library.nations();
    Jurisdiction nation = nations.of(caller.platform(), caller.channel());
    lines.add(
        library.order().size()
            + " tips in the library, over "
            + library.perTopic().size()
            + " topics. This channel follows "
            + nation.displayName()
            + (nations.setFor(caller.platform(), caller.channel())
                ? " (set with `nation`)"
                : " (the coach's setting; a champion can change it with `nation`)")
            + ": "
            + library.order(caller.platform(), caller.channel()).size()
            + " tips suit it.");
    lines.add(byNations(library.nationsByTip()));
    schedules
        .find(caller.platform(), caller.channel())
        .ifPresentOrElse(
            s ->
                lines.add(
                    "This channel: a tip every "
                        + s.slot().format()
                        + (s.paused() ? " (paused)." : ".")),
            () -> lines.add("This channel has no tip schedule."));
    List<CustomTip> waiting = tips.all().stream().filter(t -> !t.approved()).toList();
    if (!waiting.isEmpty() && settings.champions().includes(caller.user())) {
      StringBuilder out = new StringBuilder("Waiting for approval:");
      waiting.forEach(
          t ->
              out.append("\n- ")
                  .append(t.tipId())
                  .append(" (")
                  .append(t.topic())
                  .append("): ")
                  .append(t.text()));
      lines.add(out.toString());
    }
    return new DeskReply(new PracticeMessage("Tips", lines, List.of(), List.of()), false);
  }

  /** The tips grouped by the nations they suit: "All four nations: tip-001, ...". */
  private static String byNations(Map<String, Set<Jurisdiction>> nationsByTip) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    nationsByTip.forEach(
        (id, nations) -> groups.computeIfAbsent(nations(nations), k -> new ArrayList<>()).add(id));
    StringBuilder out = new StringBuilder("Which nations each tip suits:");
    groups.forEach(
        (nations, ids) ->
            out.append("\n- ").append(nations).append(": ").append(String.join(", ", ids)));
    return out.toString();
  }

  /** "All four nations", "England and Scotland", "No nation". */
  static String nations(Set<Jurisdiction> nations) {
    if (nations.size() == Jurisdiction.values().length) {
      return "All four nations";
    }
    List<String> names =
        Arrays.stream(Jurisdiction.values())
            .filter(nations::contains)
            .map(Jurisdiction::displayName)
            .toList();
    if (names.isEmpty()) {
      return "No nation";
    }
    return names.size() == 1
        ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1))
            + " and "
            + names.get(names.size() - 1);
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
